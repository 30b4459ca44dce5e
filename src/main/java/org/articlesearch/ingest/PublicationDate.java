package org.articlesearch.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day an article was published from what its source wrote: ISO dates and date-times
 * ({@code 2016-10-12}, {@code 2016-10-12T14:03:00-04:00}), RFC 1123 ({@code Wed, 12 Oct 2016 14:03:00 GMT})
 * and the common written forms ({@code October 12, 2016}, {@code Oct. 12, 2016}, {@code 12 October 2016}).
 * java.time does the calendar work; this class only finds the date in the string. A date-time keeps
 * the day as written in its own zone: "published 2016-10-12T23:30-04:00" was the 12th where it was written.
 * Numeric forms that differ between countries ({@code 10/12/2016}) are not guessed.
 */
public final class PublicationDate {
    private PublicationDate() {
    }

    /** An ISO date at the start, with whatever time and zone after it. */
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ].*)");
    /** "2016/10/12", "2016.10.12": year first is never ambiguous. */
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b.*");

    /** Month names as written in English news, with their common abbreviations ("Sept."). */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private static final DateTimeFormatter RFC_1123 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("[EEE, ]d MMM yyyy HH:mm[:ss] ").appendPattern("[zzz][XX][X]").toFormatter(Locale.ENGLISH);

    /**
     * The day {@code written} gives, or null when it gives none that can be read without guessing.
     * Example: {@code PublicationDate.parse("Oct. 12, 2016")} is 2016-10-12.
     */
    public static LocalDate parse(String written) {
        if (written == null) return null;
        String s = written.strip();
        if (s.isEmpty() || s.length() > 100) return null;
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                if (s.length() > 10) {
                    try {
                        return OffsetDateTime.parse(s.replace(' ', 'T')).toLocalDate();
                    } catch (DateTimeParseException e) {
                        // No zone or an odd time: the date part says the day all the same.
                    }
                }
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = YEAR_FIRST.matcher(s);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            try {
                return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException e) {
                // Not RFC 1123 to the letter: try the looser form, then words.
            }
            try {
                return LocalDate.from(RFC_1123.parse(s));
            } catch (DateTimeParseException e) {
                // Not a date-time with a month name: look for one in words.
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.find()) return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.find()) return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // "2016-02-30", "October 45, 2016": a date that does not exist is no date
        }
        return null;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return MONTHS.indexOf(key.startsWith("sept") ? "sep" : key.substring(0, 3)) + 1;
    }
}
