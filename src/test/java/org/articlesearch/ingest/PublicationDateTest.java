package org.articlesearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateTest {
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "2016-10-12|2016-10-12",
        "2016-10-12T14:03:00Z|2016-10-12",
        "2016-10-12T23:30:00-04:00|2016-10-12",
        "2016-10-12 08:15:00|2016-10-12",
        "2016/10/12|2016-10-12",
        "Wed, 12 Oct 2016 14:03:00 GMT|2016-10-12",
        "Wed, 12 Oct 2016 14:03:00 +0100|2016-10-12",
        "October 12, 2016|2016-10-12",
        "Oct. 12, 2016|2016-10-12",
        "Sept. 3, 2016|2016-09-03",
        "12 October 2016|2016-10-12",
        "3rd of March 2005|2005-03-03",
        "Published: Tuesday, 1 March 2005, 10:22 GMT|2005-03-01",
        "Updated 6:04 PM ET, Mon October 3, 2016|2016-10-03"})
    void theDayASourceWritesIsRead(String written, String day) {
        assertEquals(LocalDate.parse(day), PublicationDate.parse(written));
    }

    @ParameterizedTest(name = "\"{0}\" gives no date")
    @ValueSource(strings = {"", "yesterday", "10/12/2016", "2016-02-30", "October 45, 2016", "last week"})
    void whatNamesNoDayWithoutGuessingGivesNone(String written) {
        assertNull(PublicationDate.parse(written));
    }
}
