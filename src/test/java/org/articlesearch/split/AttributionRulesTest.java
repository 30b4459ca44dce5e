package org.articlesearch.split;

import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.articlesearch.model.Article;
import org.junit.jupiter.api.Test;

/** Speaker rules, each on a small article written for it. */
class AttributionRulesTest {
    private final ArticleSplitter splitter = new ArticleSplitter();

    private List<Passage> quotes(String body) {
        return splitter.split(Article.of("a", "A title", body)).stream()
                .filter(p -> p.type() == PassageType.QUOTE).toList();
    }

    private String speakerOf(String body, String quoteStart) {
        return quotes(body).stream().filter(p -> p.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + quoteStart + " in " + quotes(body)))
                .speaker();
    }

    @Test
    void anAgentAtTheStartOfASentenceIsARoleNotPartOfTheName() {
        String body = "The striker has asked to leave the club.\n\nAgent Lena Ortiz said: \"He wants to play every week, and here he cannot.\"";
        assertEquals("Lena Ortiz", speakerOf(body, "He wants to play"));
    }

    @Test
    void aPronounContinuesTheSubjectNotTheNameAfterAPreposition() {
        String body = "Serena Marsh blamed her defeat by Paula Ortiz on a stomach injury.\n\n"
                + "\"Blisters were a factor, but mostly my stomach was not great,\" she said.";
        assertEquals("Serena Marsh", speakerOf(body, "Blisters were a factor"));
    }

    @Test
    void aRoleWordOpeningTheSentenceIsNoPartOfTheNameAPronounResolvesTo() {
        String body = "Singer Dora Vance cancelled the rest of the tour on Monday.\n\n"
                + "\"My voice needs a long rest before I can sing again,\" she said.";
        assertEquals("Dora Vance", speakerOf(body, "My voice needs"));
    }

    @Test
    void aPronounStillMeansTheNameAfterAPrepositionWhenNobodyElseIsNamed() {
        String body = "The award was presented by Paula Ortiz at the hall.\n\n"
                + "\"It is the proudest night of my career in the sport,\" she said.";
        assertEquals("Paula Ortiz", speakerOf(body, "It is the proudest night"));
    }

    @Test
    void aVerbThatLeadsItsNameAfterTheReportersClauseStillAttributesTheQuote() {
        String body = "\"The new bridge will carry twice the traffic\" if the council pays for it, said Mary Okafor, "
                + "an engineer at the county.";
        assertEquals("Mary Okafor", speakerOf(body, "The new bridge"));
    }

    @Test
    void aPassiveReportAfterAQuoteNamesNoSpeaker() {
        String body = "Grace Lin says the team will \"fight hard for every single vote.\" Lin's plan was first reported by "
                + "the Daily Courier.";
        assertEquals("Grace Lin", speakerOf(body, "fight hard"));
    }

    @Test
    void aSentenceThatOpensWithANameAnAsideAndAVerbInIngOwnsItsPartialQuote() {
        String body = "Governor Tom Hale, for his part, is calling the new tax \"a burden on every family in the state.\"";
        assertEquals("Tom Hale", speakerOf(body, "a burden"));
    }

    @Test
    void theNameOpeningTheSentenceSpeaksNotTheOrganisationInItsApposition() {
        String body = "Marsh, a former Green Party chairman and mayoral candidate, mocked the budget on Monday, "
                + "writing, \"Another year of promises and no buses at all.\"";
        assertEquals("Marsh", speakerOf(body, "Another year of promises"));
    }

    @Test
    void delegateAbbreviatedWithAPeriodIsATitleButDelInANameIsNot() {
        assertEquals("Maria Lopez", speakerOf("\"This hearing is a waste of everyone's time,\" said Del. Maria Lopez of Guam.",
                "This hearing is"));
        assertEquals("Nora Del Campo", speakerOf("\"The new album took me three long years,\" said Nora Del Campo.",
                "The new album"));
    }

    @Test
    void aNameAfterTheVerbOfAPluralSubjectIsItsObjectNotTheSpeaker() {
        String body = "In May, several tenant groups thanked Mr. Ortega for the repairs, saying his crews "
                + "\"worked faster than anyone we have ever hired.\"";
        assertNull(speakerOf(body, "worked faster than"));
    }

    @Test
    void anAdverbBeforeTheVerbDoesNotHideTheSubject() {
        String body = "Council member Rita Vance opposed the plan last year, but now said the city had \"a duty to build "
                + "the new school quickly.\"";
        assertEquals("Rita Vance", speakerOf(body, "a duty"));
    }

    @Test
    void twoQuotesInOneSentenceShareTheAttributionAfterTheSecond() {
        String body = "Floods are \"the gravest threat we face today\" and \"a test of the whole town,\" Mayor Ana Ruiz said.";
        assertEquals("Ana Ruiz", speakerOf(body, "the gravest threat"));
        assertEquals("Ana Ruiz", speakerOf(body, "a test of"));
    }

    @Test
    void aQuoteParagraphWithNoAttributionBelongsToWhomTheParagraphBeforeIsAbout() {
        String body = "Peter Varga praised the coach after the final whistle.\n\n"
                + "\"We needed someone who would bring the players together again.\"";
        assertEquals("Peter Varga", speakerOf(body, "We needed"));
    }

    @Test
    void aQuoteParagraphAfterAParagraphThatOpensWithNoNameStaysUnknown() {
        String body = "The weather turned cold in the valley on Sunday.\n\n"
                + "\"We needed someone who would bring the players together again.\"";
        assertNull(speakerOf(body, "We needed"));
    }

    @Test
    void aPersonAndAnyVerbInThePastRightAfterACommaClosedQuoteAreItsSpeaker() {
        String body = "\"Sit down and wait for your turn,\" Nora Blake barked as the hall fell silent.";
        assertEquals("Nora Blake", speakerOf(body, "Sit down"));
    }

    @Test
    void speechVerbsBeyondSaidAttributeQuotes() {
        String body = "\"The budget is simply not enough for the schools,\" Kofi Mensah points out.\n\n"
                + "Teacher Lena Park echoed: \"We cannot keep teaching forty children in one room.\"";
        assertEquals("Kofi Mensah", speakerOf(body, "The budget"));
        assertEquals("Lena Park", speakerOf(body, "We cannot"));
    }

    @Test
    void aWeekdayBetweenSubjectAndVerbDoesNotHideTheSubject() {
        String body = "Dana Cole later Thursday told the radio station: \"The bridge will reopen next week for cars.\"";
        assertEquals("Dana Cole", speakerOf(body, "The bridge"));
    }

    @Test
    void aNewSentenceThatReportsMoreSpeechIsNoAttributionOfTheQuoteBeforeIt() {
        String body = "Omar Haddad rejected the claim, saying, \"the decision was made by the whole board.\" He also said "
                + "the board would meet again in May.";
        assertEquals("Omar Haddad", speakerOf(body, "the decision"));
    }

    @Test
    void theSubjectAfterAnOpeningPhraseOwnsThePartialQuote() {
        String body = "Earlier this week, Rosa Diaz praised the volunteers as \"the backbone of the whole town.\"\n\n"
                + "After the mayor criticized the plan, Ian Frost shot back, \"We built it without a single cent of his.\"";
        assertEquals("Rosa Diaz", speakerOf(body, "the backbone"));
        assertEquals("Ian Frost", speakerOf(body, "We built"));
    }

    @Test
    void aQuoteParagraphSignedOnTheLineAfterItIsTheSignersQuote() {
        String body = "\"We will keep the library open every day of the week.\"\n\n- Sara Lund, Malmo.\n\n"
                + "The council meets again in June.";
        assertEquals("Sara Lund", speakerOf(body, "We will keep"));
    }

    @Test
    void aSpeakerNamedAtTheStartOfTheSentenceOutranksPlacesInTheAsideBeforeTheVerb() {
        String body = "Nadia Rahman, during a town hall in Columbus, Ohio, said she was \"going to fix every road in the county.\"";
        assertEquals("Nadia Rahman", speakerOf(body, "going to fix"));
    }

    @Test
    void aPartyAndStateAsideDoesNotHideTheSubjectOfAParticiple() {
        String body = "Sen. Carl Weber (D-Ore.) visited a radio show to discuss his Republican rival, saying \"she has no plan "
                + "for the farmers.\"";
        assertEquals("Carl Weber", speakerOf(body, "she has no plan"));
    }

    @Test
    void aNameThatShotBackAfterAQuoteIsItsSpeaker() {
        String body = "\"Look at all these people who came here for the free lunch,\" Paul Greer said.\n\n"
                + "\"They came here because the town finally listens to them,\" Tina Holm shot back with a laugh.";
        assertEquals("Tina Holm", speakerOf(body, "They came here"));
    }

    @Test
    void aNameAndAVerbInThePastBeforeAColonIntroduceTheQuote() {
        String body = "\"Suspend the rules for a month,\" said Leo Marsh, a union leader. Governor Ada Kim resisted: "
                + "\"The governor does not have the power to suspend the law.\"";
        assertEquals("Ada Kim", speakerOf(body, "The governor does"));
    }

    @Test
    void aNameAfterAPrepositionBeforeAColonIsNotTheSpeaker() {
        String body = "The budget office delivered a blunt message to Mayor Ben Ito: \"The city cannot borrow another dollar.\"";
        assertNull(speakerOf(body, "The city cannot"));
    }

    @Test
    void anAcronymAfterTheNamesAnOrganisation() {
        String body = "\"We are very disappointed that the senator pulled out at the last minute,\" the ACU said in a statement.";
        assertEquals("ACU", speakerOf(body, "We are very disappointed"));
    }

    @Test
    void aDescriptionAfterTheStillNamesNoOne() {
        String body = "\"The electorate does not want that kind of candidate,\" the Texan said.";
        assertNull(speakerOf(body, "The electorate"));
    }

    @Test
    void anAndInsideARelativeClauseDoesNotEndTheAttribution() {
        String body = "\"Working our way up to fifteen dollars an hour will help us,\" Vera Dune, who works at a heating and "
                + "cooling company in Fresno, said on a call.";
        assertEquals("Vera Dune", speakerOf(body, "Working our way"));
    }

    @Test
    void aNameAloneAfterTheLastCommaSpeaksEvenAfterTheReportersClause() {
        String body = "\"I have stood up to the timber companies many times\" and against the mill closures, Rosa Pike said.";
        assertEquals("Rosa Pike", speakerOf(body, "I have stood up"));
    }

    @Test
    void aRoleAcronymAfterTheNamesNoOne() {
        assertNull(speakerOf("\"They will be back with another album in a couple of years,\" says the DJ.", "They will be back"));
    }

    @Test
    void aCapitalizedAdjectiveInTheReportersClauseIsNoSpeaker() {
        String body = "Mr Lang \"should have withdrawn the comment at once\" when he learned the reporter was Jewish, said "
                + "Mr Blair.";
        assertEquals("Blair", speakerOf(body, "should have withdrawn"));
    }

    @Test
    void theSecondDescriptionAfterAndHoldsThePersonsName() {
        String body = "\"It is a lot easier being feted by everybody than training every day,\" points out former Olympian "
                + "and radio pundit Steve Cram.";
        assertEquals("Steve Cram", speakerOf(body, "It is a lot easier"));
    }

    @Test
    void whomASpeakerToldIsNotTheSpeaker() {
        String body = "On the question of secrecy, MP Leo Grant, who sits on the committee, told the BBC: \"That is the rule, "
                + "but it is not an absolute rule.\"";
        assertEquals("Leo Grant", speakerOf(body, "That is the rule"));
    }

    @Test
    void aSentenceThatOpensWithASpeakerAndGoesOnIsNoAttributionOfTheQuoteBefore() {
        String body = "Eva Moss, chief economist at the Trade Council, said: \"These figures are at odds with what we see.\" "
                + "The ONS said a sharp fall in mining caused the drop.";
        assertEquals("Eva Moss", speakerOf(body, "These figures"));
    }

    @Test
    void aPronounAfterAClubOrAPlaceNamedLastMeansWhoeverSpokeLast() {
        String body = "Coach Tomas Berg said the team was ready for the final against Real Madrid.\n\n"
                + "\"We have worked for this moment all season long,\" he said.";
        assertEquals("Tomas Berg", speakerOf(body, "We have worked"));
    }

    @Test
    void aPronounStillMeansThePersonNamedLastWhenThatIsClearlyAPerson() {
        String body = "Anna Berg said the plan was good. Later that day Michael Stone arrived at the hall.\n\n"
                + "\"We will see what happens at the vote next week,\" he said.";
        assertEquals("Michael Stone", speakerOf(body, "We will see"));
    }

    @Test
    void aTitleBeforeCommasGivesWayToTheNameBetweenThem() {
        String body = "The executive has backed a new ferry link.\n\n"
                + "Scottish Finance Minister, Tom Carrick MSP, said: \"This is a good day for the islands and their people.\"";
        assertEquals("Tom Carrick", speakerOf(body, "This is a good day"));
    }

    @Test
    void aConstituencyMemberNamedByTheSeatAloneIsNoSpeaker() {
        String body = "Ealing North MP said: \"It was a horrible thing with a happy ending, and I regret it.\"";
        assertNull(speakerOf(body, "It was a horrible"));
    }

    @Test
    void aQuoteThatEndedItsSentenceIsNotTakenByTheNextSentencesReportedSpeech() {
        String body = "The actress sought the orders after advice from police. \"She accepts that she is a public figure "
                + "and that photographers have a job to do,\" said her publicist Jane Watts. \"However, these are "
                + "actions against two men who made her afraid to leave her home.\" Magistrate Lee Carter, who issued "
                + "the order at the local court, said she understood the photographers had a living to earn.";
        assertEquals("Jane Watts", speakerOf(body, "However, these are"));
    }
}
