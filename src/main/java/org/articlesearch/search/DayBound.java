package org.articlesearch.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A bound of a date filter as a user writes it: a day ({@code 2016-10-12}), a month ({@code 2016-10})
 * or a year ({@code 2016}). "2016 only" is from 2016 to 2016, so a month or a year that ends a range
 * reaches to its last day.
 */
public final class DayBound {
    private DayBound() {
    }

    /**
     * The day {@code written} means as the start ({@code endOfRange} false) or the end of a range; null
     * when it is blank.
     *
     * @throws IllegalArgumentException with a reason naming {@code name}, when it is no date
     */
    public static LocalDate parse(String written, String name, boolean endOfRange) {
        if (written == null || written.isBlank()) return null;
        String v = written.strip();
        try {
            if (v.length() == 4 && v.chars().allMatch(Character::isDigit)) {
                int year = Integer.parseInt(v);
                return endOfRange ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            if (v.length() == 7 && v.charAt(4) == '-') {
                YearMonth month = YearMonth.parse(v);
                return endOfRange ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            String shown = v.length() > 20 ? v.substring(0, 20) + "…" : v;
            throw new IllegalArgumentException(name + " must be a date like 2016-10-12, 2016-10 or 2016, was \"" + shown + "\"");
        }
    }
}
