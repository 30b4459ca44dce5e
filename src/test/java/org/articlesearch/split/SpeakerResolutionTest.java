package org.articlesearch.split;

import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.articlesearch.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Who a pronoun, a description or a bare surname means, each rule on a small article written for it:
 * the second step of attribution, after the words that say who spoke are found.
 */
class SpeakerResolutionTest {
    private final ArticleSplitter splitter = new ArticleSplitter();

    private Passage quote(String body, String quoteStart) {
        List<Passage> quotes = splitter.split(Article.of("a", "A title", body)).stream()
                .filter(p -> p.type() == PassageType.QUOTE).toList();
        return quotes.stream().filter(p -> p.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + quoteStart + " in " + quotes));
    }

    private String speakerOf(String body, String quoteStart) {
        return quote(body, quoteStart).speaker();
    }

    @Test
    void aPronounMeansTheSubjectWhoSpokeNotThePersonTheSentenceTalksAbout() {
        String body = "Senator Dan Pardo said he did not believe the attacks had hurt Mitt Romney in 2012.\n\n"
                + "\"Those are just distractions, nothing more than that,\" he said.";
        assertEquals("Dan Pardo", speakerOf(body, "Those are just"));
    }

    @Test
    void aPronounGoesToTheSubjectOfTheSentenceBeforeNotToANameInAPhraseAfterAPreposition() {
        String body = "Retired Gen. Carter Ham gave a long interview this week.\n\n"
                + "In an interview with radio host Rusty Humphries, Ham made it clear he had misgivings about "
                + "the army under President Barack Obama.\n\n"
                + "\"Now that I do not have to be politically correct anymore, I can say it,\" he told the host.";
        assertEquals("Carter Ham", speakerOf(body, "Now that I do not"));
    }

    @Test
    void theArticlesOwnPronounsKeepOnePersonInViewOverSentences() {
        String body = "Maria Lenz toured a factory in Ohio on Monday. She thanked the owner, Julia Hart, for the tour. "
                + "She then spoke to the workers on the floor.\n\n"
                + "\"We will bring these jobs back to this town, I promise you,\" she said.";
        assertEquals("Maria Lenz", speakerOf(body, "We will bring"));
    }

    @Test
    void aNewSpeakerIntroducedRightBeforeAHeSaidIsNotThePreviousSpeaker() {
        String body = "\"The club is in good hands and we all know it,\" said coach Alan Reeve.\n\n"
                + "Striker Tom Haas, who scored twice, was less sure. \"We have a lot of work to do before Saturday,\" he said.";
        assertEquals("Tom Haas", speakerOf(body, "We have a lot"));
    }

    @Test
    void aPersonNamedInFullForTheFirstTimeRightBeforeAHeSaidQuoteIsTheNewSpeaker() {
        String body = "\"We cannot keep losing young players to the big clubs,\" said chairman Gary Holt.\n\n"
                + "Holt has run the club for ten years. The academy worries Frank Delaney, who coaches the under-18 side.\n\n"
                + "\"Our best boys leave at sixteen and we never see a penny for them,\" he said.\n\n"
                + "\"It breaks your heart every single summer.\"";
        assertEquals("Frank Delaney", speakerOf(body, "Our best boys"));
        assertEquals("Frank Delaney", speakerOf(body, "It breaks your heart"));
    }

    @Test
    void aNewcomerNamedBesideTheSubjectOfTheSentenceDoesNotTakeTheQuote() {
        String body = "Mayor Ruth Okafor opened the new bridge on Friday.\n\n"
                + "Okafor thanked the engineer, Susan Pryce, for finishing a month early.\n\n"
                + "\"This bridge will carry the town for a hundred years,\" she said.";
        assertEquals("Ruth Okafor", speakerOf(body, "This bridge will"));
    }

    @Test
    void aNewcomerAfterAPrepositionIsNotTheSpeakerButAPersonDoingSomethingWithThemIs() {
        String interview = "Gen. Walter Hume retired last year.\n\n"
                + "In an interview with radio host Peter Lang, Hume said he had doubts about the budget.\n\n"
                + "\"Nobody asked the soldiers what they needed,\" he said.";
        assertEquals("Walter Hume", speakerOf(interview, "Nobody asked the soldiers"));
        String with = "\"The tax plan is a gift to the rich,\" said economist Lisa Grant.\n\n"
                + "It has become the main issue of the race, with Mary Collins — who wants a higher top rate — "
                + "attacking the plan at every stop.\n\n"
                + "\"Cutting taxes at the top has never paid for itself,\" she said.";
        assertEquals("Mary Collins", speakerOf(with, "Cutting taxes at the top"));
    }

    @Test
    void aPeriodBeforeACommaAbbreviatesAndEndsNoSentence() {
        String body = "Senator Anna Reyes spoke in Ohio on Monday.\n\n"
                + "Reyes criticized Tulsa, Okla., police officer Laura Benn for the shooting.\n\n"
                + "\"He had his hands up and he still got shot,\" she said.";
        assertEquals("Anna Reyes", speakerOf(body, "He had his hands up"));
    }

    @Test
    void aNewcomerAfterAPrepositionAndARoleWordIsNotTheSpeaker() {
        String body = "Anna Reyes spoke for the family on Monday.\n\n"
                + "Her brother was stopped by officer Laura Benn on Friday night.\n\n"
                + "\"He had his hands up and he still got shot,\" she said.";
        assertEquals("Anna Reyes", speakerOf(body, "He had his hands up"));
    }

    @Test
    void theLaterPartOfASplitQuoteKeepsItsSpeaker() {
        String body = "\"We were poor in the first half of the game,\" said Alex Ferguson. "
                + "\"I look at that fixture and I see three points for us.\"";
        assertEquals("Alex Ferguson", speakerOf(body, "We were poor"));
        assertEquals("Alex Ferguson", speakerOf(body, "I look at that fixture"));
    }

    @Test
    void aPronounNeverMeansALoneWordThatNothingShowsIsAPerson() {
        String body = "Newcastle beat Chelsea on Saturday and now face a replay against Brentford.\n\n"
                + "\"We have got our work cut out next Tuesday but it is exciting,\" he said.";
        assertNull(speakerOf(body, "We have got our work"));
    }

    @Test
    void aTitleOrARoleWordGivesAPersonsGenderWhenTheFirstNameDoesNot() {
        String body = "Mrs Okonjo met the board on Monday. Kwame Asante, the chairman, was there too.\n\n"
                + "\"The accounts will be published before the end of the month,\" she said.";
        assertEquals("Okonjo", speakerOf(body, "The accounts will"));
    }

    @Test
    void aBareSurnameMeansThePersonTheArticleIntroducedFirstNotARelativeNamedLater() {
        String body = "Ted Cruz spoke to delegates in Houston on Monday.\n\n"
                + "His wife, Heidi Cruz, joined him on the stage.\n\n"
                + "\"This is the day it became personal for all of us,\" Cruz said.";
        assertEquals("Ted Cruz", speakerOf(body, "This is the day"));
    }

    @Test
    void aBareSurnameMeansThePersonInViewWhenTheOneIntroducedFirstWasNamedOnceLongBefore() {
        String aLongReport = ("The polls opened at seven. Turnout was low. Rain fell all morning. Lines were short. "
                + "Officials expected a late rush. Counting starts at nine.\n\n").repeat(4);
        String body = "Senate candidate Gary Lund will debate on Friday.\n\n" + aLongReport
                + "Interior Secretary Amy Lund says the new parks will open in the spring.\n\n"
                + "\"Every child in this state will live an hour from a park,\" Lund said.";
        assertEquals("Amy Lund", speakerOf(body, "Every child in this state"));
    }

    @Test
    void aBareSurnameKeepsThePersonNamedOnceInTheOpeningWhenARelativeIsRecalledLater() {
        String body = "Ann Marsh's campaign opened an office in Columbia on Monday.\n\n"
                + "Older voters still talk about Tom Marsh's years as governor.\n\n"
                + "\"We will knock on every door in this county,\" Marsh said.";
        assertEquals("Ann Marsh", speakerOf(body, "We will knock"));
    }

    @Test
    void aSurnameSpeltWithALetterDoubledOrNotIsThePersonTheArticleNamedInFull() {
        String body = "Two voters, Marla Finnegan and Joe Pratt, went to the rally on Sunday.\n\n"
                + "\"I came for the music more than the speeches,\" Finegan said.";
        assertEquals("Marla Finnegan", speakerOf(body, "I came for the music"));
    }

    @Test
    void aHeAfterASentenceWhoseSubjectIsAnUnnamedDescriptionMeansNobodyNamedNearby() {
        // Before: Castro, the owner in the description, or Eastwood, the object, took the quote.
        String body = "Fidel Castro did not attend the ceremony in Havana.\n\n"
                + "Castro's chief aide thanked the visitors from Spain for coming. \"The president sends his warm greetings to all of you,\" he said.";
        assertNull(speakerOf(body, "The president sends"));
        String thanked = "Tom Wells praised the new film on Sunday.\n\n"
                + "The festival director thanked Wells for the praise. \"Nobody has made a better picture this year,\" he said.";
        assertNull(speakerOf(thanked, "Nobody has made"));
    }

    @Test
    void aDescriptionThatOpensASentenceMeansThePersonGivenThatTitleAndTheHeAfterItToo() {
        String body = "Tory leader Michael Howard was interviewed by the film maker Michael Cockerell for a documentary.\n\n"
                + "Mr Cockerell asked him about his time at the Home Office. The Tory leader was asked about immigration. "
                + "He replied: \"What is the inference of that?\"";
        assertEquals("Michael Howard", speakerOf(body, "What is the inference"));
    }

    @Test
    void aDefiniteDescriptionRightAfterANamedSubjectIsThatPerson() {
        String body = "Donald Trump says he has big plans for the final month of the campaign.\n\n"
                + "The Republican presidential nominee noted Friday that his campaign has not spent much yet on ads.\n\n"
                + "He said, \"We have some big plans for the final month.\"";
        assertEquals("Donald Trump", speakerOf(body, "We have some big plans"));
    }

    @Test
    void aDescriptionAfterAQuoteThatEndsASentenceOpensTheNextSentence() {
        String body = "Hillary Clinton spoke at a press conference, \"I did not email any classified material to anyone.\" "
                + "The presidential candidate repeated it twice. \"There is no classified material,\" she said.";
        assertEquals("Hillary Clinton", speakerOf(body, "There is no classified"));
    }

    @Test
    void aSpokesmanOfANamedOrganisationIsTheOrganisationSpeakingButAPersonsSpokesmanIsNoOne() {
        assertEquals("Downing Street", speakerOf("The row went on.\n\n\"We will look at it again,\" a Downing Street spokesman said.", "We will look"));
        assertEquals("UKIP", speakerOf("The row went on.\n\n\"We will not change our policy,\" said a UKIP spokeswoman.", "We will not change"));
        assertNull(speakerOf("The row went on.\n\n\"We do not comment on that,\" a Clinton spokesman said.", "We do not comment"));
        assertNull(speakerOf("The row went on.\n\n\"We will win the seat back,\" a Tory spokesman said.", "We will win"));
    }

    @Test
    void theSecondPartOfASplitQuoteKeepsItsSpeakerWhenTheNextSentenceOpensWithAccordingTo() {
        String body = "\"Broadband is moving the perception of the internet,\" said Karen Thomson, chief executive of AOL UK, "
                + "\"with many people online as they might switch on the radio.\" According to analysts Nielsen//NetRatings, "
                + "more than half of users log on at high speed.";
        assertEquals("Karen Thomson", speakerOf(body, "with many people"));
        assertEquals("Jane Roe", speakerOf("Rates will rise.\n\n\"We expect two more rises this year.\" according to Jane Roe.", "We expect"));
    }

    @Test
    void aTitleWrittenWithACapitalAfterTheIsADescriptionOfThePersonGivenIt() {
        String body = "The ruling was handed down by Superior Court Judge James Kleinberg this week. "
                + "The Judge wrote: \"An interested public is not the same as the public interest.\"";
        assertEquals("James Kleinberg", speakerOf(body, "An interested public"));
        assertEquals("Gordon Brown", speakerOf("Chancellor Gordon Brown spoke in Leeds. \"We will keep the economy stable,\" the Chancellor said.", "We will keep"));
        assertNull(speakerOf("The vote was close. \"We will keep the economy stable,\" the Chancellor said.", "We will keep"));
    }

    @Test
    void aStatementOrReportInSomeonesNameIsTheirsButTheirSpokeswomanIsSomeoneElse() {
        Passage statement = quote("Chelsea have sacked their striker. Chelsea's statement added: \"This applies to every kind of drug.\"", "This applies");
        assertEquals("Chelsea", statement.speaker());
        assertEquals("Chelsea's statement", statement.speakerMention());
        assertEquals("Calisto Tanzi", speakerOf("Calisto Tanzi went on trial.\n\n\"I apologise to all who have suffered,\" Mr Tanzi's statement said.", "I apologise"));
        assertNull(speakerOf("The campaign answered.\n\n\"We will not stand for it,\" Trump's spokeswoman said.", "We will not stand"));
    }

    @Test
    void aDescriptionMeansThePersonTheArticleGaveThatTitle() {
        String body = "Sen. Bernie Sanders spoke to students in Burlington on Friday.\n\n"
                + "\"We need young people to come out and vote in November,\" the Vermont senator said.";
        Passage quote = quote(body, "We need young people");
        assertEquals("Bernie Sanders", quote.speaker());
        assertEquals("the Vermont senator", quote.speakerMention());
    }

    @Test
    void anAppositionGivesThePersonARoleThatALaterDescriptionMeans() {
        String body = "Mike Pence, the Indiana governor, spoke in Ohio on Tuesday.\n\n"
                + "\"Our ticket will carry this state and the next one too,\" the governor said.";
        assertEquals("Mike Pence", speakerOf(body, "Our ticket will"));
    }

    @Test
    void aDescriptionNobodyWasGivenNamesNoOne() {
        String body = "The vote was close.\n\n\"We need young people to come out and vote in November,\" the senator said.";
        assertNull(speakerOf(body, "We need young people"));
    }

    @Test
    void aPossessiveDescriptionIsNeverShownAsTheSpeakersName() {
        String body = "The campaign answered on Monday.\n\n\"We do not comment on rumours of this kind,\" Trump's spokeswoman said.";
        assertNull(speakerOf(body, "We do not comment"));
    }

    @Test
    void aPlaceBeforeASpeechVerbIsNotAPerson() {
        String body = "Thousands marched through Charlotte and said they would return.\n\n"
                + "\"We will be back here every night until the video is out,\" he said.";
        assertNull(speakerOf(body, "We will be back"));
    }

    @Test
    void aSpeakerGuessedFromTheParagraphBeforeIsNotOneTheQuoteNamesItself() {
        String body = "Dora Vance is asked to sing the old hit again.\n\n"
                + "\"The set list mixed old songs with new ones, and Dora Vance sounded better than ever on all of them.\"";
        assertNull(speakerOf(body, "The set list"));
    }

    @Test
    void anOfficeNamedBeforeThePersonIsNoPartOfTheirName() {
        String body = "\"We remain open to credible talks with the other side,\" said Secretary of State John Kerry.";
        assertEquals("John Kerry", speakerOf(body, "We remain open"));
    }

    @Test
    void theMentionIsTheWordsTheSpeakerWasReadFrom() {
        String body = "Tony Blair spoke in Leeds.\n\n\"We will not waver on this, not for a moment,\" he said.";
        Passage quote = quote(body, "We will not waver");
        assertEquals("Tony Blair", quote.speaker());
        assertEquals("he", quote.speakerMention());
        assertEquals("he", body.substring(quote.speakerStart(), quote.speakerEnd()));
    }

    @Test
    void aQuoteWithoutASpeakerHasNoMention() {
        String body = "\"We will not waver on this, not for a moment,\" someone shouted.";
        Passage quote = quote(body, "We will not waver");
        assertNull(quote.speaker());
        assertNull(quote.speakerMention());
        assertEquals(-1, quote.speakerStart());
    }

    @Test
    void aFullNameInCommasAfterADescriptionIsTheSubjectAHeSaidMeans() {
        String body = "Tory spokesman Roy Garner said the cuts would save billions.\n\n"
                + "Announcing the plans, Mr Garner said: \"Taxpayers have been forgotten for years.\" "
                + "His party leader, Michael Dunmore, argued a change of course was needed. "
                + "\"Labour is building two nations with two very different futures,\" he said.";
        assertEquals("Michael Dunmore", speakerOf(body, "Labour is building"));
    }

    @Test
    void theWordsASentenceGluesBeforeAFirstNameAreNoPartOfTheName() {
        String body = "The referee was booed off the pitch.\n\n"
                + "Referee Graham Tolley said: \"I deal with the laws of the game and nothing else.\"\n\n"
                + "Tory MP David Frain said: \"This shows the government has lost its way on sport.\"";
        assertEquals("Graham Tolley", speakerOf(body, "I deal with"));
        assertEquals("David Frain", speakerOf(body, "This shows"));
    }

    @Test
    void aNameWhoseFirstWordIsNoKnownFirstNameKeepsItWhenTheArticleNeverWritesItInLowerCase() {
        String body = "Iain Duncan Smith spoke in the debate. \"We will not support this bill in any form,\" "
                + "said Iain Duncan Smith.";
        assertEquals("Iain Duncan Smith", speakerOf(body, "We will not support"));
    }

    @Test
    void aGluedPartyWordDoesNotHideThePersonFromALaterHe() {
        String body = "Earlier, former chancellor Ken Clarke welcomed the change to the rules. "
                + "But fellow Tory David Frain said the flaw was in running many economies on one rulebook. "
                + "\"The real point is that the pact has turned out to be a sham from the start,\" he said.";
        assertEquals("David Frain", speakerOf(body, "The real point"));
    }

    @Test
    void theAndOneCapitalizedWordIsNoPersonSoAHeAfterItIsNotCreditedToTheWord() {
        String body = "Arsenal's Edu has spoken about the scenes after the defeat.\n\n"
                + "The Brazilian confirmed tempers had flared in the tunnel after the game. "
                + "\"I saw players being pulled apart, pushing and pointing at each other,\" he told the club website.";
        String speaker = speakerOf(body, "I saw players");
        assertNotEquals("Brazilian", speaker);
    }

    @Test
    void aDescriptionAfterButIsTheSubjectAShePronounMeansNotTheWomanQuotedBefore() {
        String body = "Party leader Nicola Strand said: \"This is an astonishing mistake and it must be withdrawn.\"\n\n"
                + "But an executive spokeswoman insisted the minister had meant adults, not children. "
                + "\"He was talking about adults and cheap drinks promotions in bars,\" she said.";
        assertNull(speakerOf(body, "He was talking"));
    }

    @Test
    void aSurnameThatIsAlsoACommonWordIsThePersonOnceTheArticleWritesItAfterAFirstName() {
        String body = "The ballad was written by radio presenter Colin Read. Boy Rivers has recorded his part in New York. "
                + "\"It is such a sad song,\" Read said.\n\n"
                + "The backing track is finished. Read went to the charity with the idea the day after the storm. "
                + "\"I was shocked at the size of the disaster,\" he said.";
        assertEquals("Colin Read", speakerOf(body, "It is such a sad song"));
        assertEquals("Colin Read", speakerOf(body, "I was shocked"));
    }

    @Test
    void aMonthWordAfterAFirstNameIsASurnameButADayAfterANameIsATime() {
        assertEquals("Teresa May", speakerOf("Shadow minister Teresa May opened the debate. "
                + "\"We want courts to be the last resort,\" May said.", "We want courts"));
        assertNotEquals("Hillary Monday", speakerOf("Hillary Monday said the plan would pass. "
                + "\"We have the votes in the Senate,\" she said.", "We have the votes"));
    }

    @Test
    void aVerbThatTakesAnInfinitiveGivesTheQuoteToTheSpeechVerbBeforeIt() {
        String body = "Four men held abroad will be returned within weeks. "
                + "Foreign Secretary Jon Marsh said the US had agreed to release the four after \"intensive and complex talks\" over security.";
        assertEquals("Jon Marsh", speakerOf(body, "intensive and complex talks"));
        String alone = "Builder Tom Reed spoke in Ohio. He pledged to be \"the greatest jobs builder there ever was\" if elected.";
        assertEquals("Tom Reed", speakerOf(alone, "the greatest jobs builder"));
    }

    @Test
    void aChurchTitleIsNoPartOfTheNameAndTheTitleAloneMeansThePersonWhoHoldsIt() {
        String body = "Archbishop Peter Nkosi has called for the release of the remaining detainees. "
                + "\"It is utterly unacceptable,\" Archbishop Nkosi told reporters.\n\n"
                + "The men will be freed within weeks. The archbishop added: \"What is happening to those left behind?\"";
        assertEquals("Peter Nkosi", speakerOf(body, "It is utterly unacceptable"));
        assertEquals("Peter Nkosi", speakerOf(body, "What is happening"));
    }

    @Test
    void aDescriptionThatEndsItsSentenceWithASpeechVerbIsWhomTheNextHeMeansNotThePersonItReportsOn() {
        String body = "The chancellor presented his Budget on Wednesday.\n\n"
                + "Mr Grant liked to rattle off \"magical balances\" to convince people there was no hole in the finances, the Tory leader said. "
                + "\"This dodgy government is now publishing a dodgy Budget,\" he said.";
        assertNull(speakerOf(body, "This dodgy government"));
    }

    @Test
    void aWordBeforeWhoIsAPersonWhomTheNextHeCanMean() {
        String body = "Best actor Fox could not make the ceremony, but his speech was read out for him. "
                + "Marino, who lost out on the award to Fox, will face him again in two weeks.\n\n"
                + "\"It's the first time I've come to the awards because it's the first time I've been nominated,\" he told reporters.";
        assertEquals("Marino", speakerOf(body, "It's the first time"));
        String her = "The stories are collected on one blog. Jane, who runs the website, compiles them. "
                + "\"I am convinced there are more people like this than we think,\" she said.";
        assertEquals("Jane", speakerOf(her, "I am convinced"));
    }

    @Test
    void anUnnamedSubjectBeforeAnAsideInDashesKeepsTheQuoteFromThePreviousSpeaker() {
        String body = "Jane Rowe runs the website. \"I am convinced there are more people like this than we think,\" she said. "
                + "One unnamed correspondent - all are anonymous - wrote: \"On the rare nights when my husband comes to bed, I cannot sleep.\"";
        assertNull(speakerOf(body, "On the rare nights"));
    }

    @Test
    void aCapitalizedWordJoinedToBasedOrBornOrNominatedIsNoPartOfTheName() {
        String body = "British actor Clive Dunn took best supporting actor. "
                + "Celebrating his win, the Oscar-nominated Dunn told reporters: \"The whole award season is new to me.\"";
        assertEquals("Clive Dunn", speakerOf(body, "The whole award season"));
        String born = "South Korean-born Monte Hale holds little hope of returning. \"I was, like, shocked at the ruling,\" Hale said.";
        assertEquals("Monte Hale", speakerOf(born, "I was, like, shocked"));
        String korean = "UN Secretary-General Ban Ki-moon said: \"I count on the Security Council to remain united.\"";
        assertEquals("Ban Ki-moon", speakerOf(korean, "I count on"));
    }

    @Test
    void theCommissionMeansTheBodyTheArticleNamedAndNoOneWhenItNamedNone() {
        String named = "The Electoral Commission has published its report on postal voting. "
                + "\"Postal voting on demand has been a success in most areas,\" the commission said.";
        assertEquals("Electoral Commission", speakerOf(named, "Postal voting on demand"));
        String withOf = "Cruz got a favourable decision from the Illinois Board of Elections on Monday. "
                + "\"The candidate is a natural born citizen,\" the board said.";
        assertEquals("Illinois Board of Elections", speakerOf(withOf, "The candidate is"));
        String unnamed = "The spending watchdog published its findings. \"Costs have doubled since the start,\" the commission said.";
        assertNull(speakerOf(unnamed, "Costs have doubled"));
    }

    @Test
    void aNameBeforeARoleWordQualifiesTheRoleAndThePersonAfterItSpeaks() {
        String body = "Officers can now detain suspects for up to 30 minutes.\n\n"
                + "But Home Office minister Hazel Brent defended the move saying it would give the officers \"just that little bit of edge\". "
                + "She denied their role was changing.\n\n"
                + "\"The powers that we are bringing in are things that they need to do on patrol,\" she said.";
        assertEquals("Hazel Brent", speakerOf(body, "just that little bit of edge"));
        assertEquals("Hazel Brent", speakerOf(body, "The powers that we are bringing in"));
    }

    @Test
    void aQuoteInTheParagraphWhereAContinuedQuoteEndsCarriesOnItsSpeaker() {
        String body = "Many of those who died had presented themselves to the authorities, the report said. "
                + "Committee chairman Labour MP Jean Cole said: \"Each and every death in custody is a death too many.\n\n"
                + "\"Yet throughout our inquiry we have seen vulnerable people entering custody.\" \"These highly vulnerable people "
                + "are held in a structure ill-suited to their needs. \"Crime levels are falling but we are holding more people than ever.\"";
        assertEquals("Jean Cole", speakerOf(body, "These highly vulnerable"));
        assertEquals("Jean Cole", speakerOf(body, "Crime levels are falling"));
        String reported = "The committee published its report on Monday.\n\n"
                + "Committee chairman Jean Cole said: \"Each and every death in custody is a death too many.\n\n"
                + "\"Yet time and again vulnerable people are entering custody.\" Prison governor Tom Hale said the report was unfair. "
                + "\"We have done everything the law asks of us.\"";
        assertEquals("Tom Hale", speakerOf(reported, "We have done everything"));
    }

    @Test
    void aCapitalizedWordBeforeAPluralNounAndItsVerbIsNoPersonBetweenAReporterAndTheQuote() {
        String body = "Mr Dale said that, although television money had driven the game forward, he feared there were now too many games shown. "
                + "Since the formation of the league, Premiership clubs have seen their income from television soar. "
                + "\"Television has been the driving force over the past 10 years.\"";
        assertEquals("Dale", speakerOf(body, "Television has been"));
    }

    @Test
    void aQuoteOpeningASentenceAfterOneAboutAPersonNamedInFullIsTheirs() {
        String body = "Critics said the plan would fail.\n\n"
                + "Writing in the Guardian newspaper, Peter Knight outlined his view of the direction the party should take. "
                + "\"Our ambition is not simply tackling idleness but delivering full employment.\"";
        assertEquals("Peter Knight", speakerOf(body, "Our ambition is not"));
        String brand = "Critics said the plan would fail.\n\n"
                + "Toyota sold more cars than ever last year. \"Fuel efficiency catches the public eye.\"";
        assertNull(speakerOf(brand, "Fuel efficiency"));
    }

    @Test
    void aNameBeforeARoleAndASpeechVerbQualifiesTheRoleAndDoesNotSpeak() {
        String body = "The government must act quickly, Mary Rowan has said.\n\n"
                + "The former UN commissioner for human rights and Irish president told the radio the response would be watched. "
                + "\"It would be very troubling if the government did not accept the judgement,\" she said.";
        assertEquals("Mary Rowan", speakerOf(body, "It would be very troubling"));
    }

    @Test
    void aSentenceThatEndsWithAccordingToANameIsThatPersonsAndSoIsTheHeAfterIt() {
        String body = "Drummer Larry Mills echoed those sentiments: \"We're very competitive and we want big singles.\" "
                + "The band have done \"everything in their considerable powers\" to stay on top, according to Q magazine editor Paul Reed.\n\n"
                + "\"This makes them formidable.\" He added: \"They are equally determined to push themselves.\"";
        assertEquals("Paul Reed", speakerOf(body, "everything in their considerable powers"));
        assertEquals("Paul Reed", speakerOf(body, "They are equally determined"));
    }

    @Test
    void aPointOfTheCompassAndOneWordIsAPlaceNeverASpeaker() {
        String body = "Douglas Hale said the role was largely unnecessary. "
                + "But the Tory MP for Sleaford and North Hykeham admitted the office \"cannot be frozen in aspic\".";
        assertNotEquals("North Hykeham", speakerOf(body, "cannot be frozen in aspic"));
    }

    @Test
    void aSongTitleWithAContractionIsNoOneAndTheHeAfterItMeansNoPersonInIt() {
        String body = "The producer grew up in Chicago.\n\n"
                + "As work came in from artists such as Tina Moss (You Don't Know My Name), the young producer planned an album "
                + "of his own. Driving home late one night, he was hurt in a crash. "
                + "\"Every time I hear about an accident I think of that night,\" he later said.";
        assertNull(speakerOf(body, "Every time I hear"));
        String song = "The producer grew up in Chicago.\n\n"
                + "His hits include I Can't Stop Loving You, which the young producer later covered to acclaim. "
                + "\"It is the song people ask me for,\" he said.";
        assertNull(speakerOf(song, "It is the song"));
    }

    @Test
    void aWordOpeningTheSentenceBeforeAFirstNameAndSurnameDescribesThePerson() {
        String body = "Defiant Matt Haller says he will not quit as national coach even if his side lose again.\n\n"
                + "\"I have never walked away from anything in my life,\" he told reporters.";
        assertEquals("Matt Haller", speakerOf(body, "I have never walked away"));
    }

    @Test
    void aTitleOfAnOfficeNamedWithOfIsNoPersonTheNameAfterTheOfficeIs() {
        String body = "Ministers met in London on Friday.\n\n"
                + "\"This is the first time gold has been mentioned for debt relief,\" said UK Chancellor of the Exchequer Gordon Brown.";
        assertEquals("Gordon Brown", speakerOf(body, "This is the first time"));
    }

    @Test
    void aNameThatOpensAnAppositionTheWriterNeverClosedSpeaksNotTheUnionAtItsEnd() {
        String body = "The chancellor announced plans to merge agencies.\n\n"
                + "Mark Serwell, the leader of the Public and Commercial Services Union said: \"We had the day of the long knives last year.\"";
        assertEquals("Mark Serwell", speakerOf(body, "We had the day"));
        String opener = "The chancellor announced plans to merge agencies.\n\n"
                + "Sure, Tom Lake said: \"We had the day of the long knives last year.\"";
        assertNotEquals("Sure", speakerOf(opener, "We had the day"));
    }

    @Test
    void aRelativeClauseWithCommasOfItsOwnBetweenSubjectAndVerbGivesTheQuoteToNoNameInIt() {
        String body = "Film star Liam Nolan has held a dinner to raise money for a Belfast theatre.\n\n"
                + "The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars, said: "
                + "\"The theatre is too important to be left to crumble.\"";
        String speaker = speakerOf(body, "The theatre is too important");
        assertNotEquals("List", speaker);
        assertNotEquals("Michael Collins", speaker);
        String named = "The theatre needs money.\n\n"
                + "Liam Nolan, whose films include Schindler's List, Michael Collins and Star Wars, said: "
                + "\"The theatre is too important to be left to crumble.\"";
        assertEquals("Liam Nolan", speakerOf(named, "The theatre is too important"));
    }

    @Test
    void anAdverbBetweenANameAndItsVerbKeepsThemTheSubjectTheHeAfterMeans() {
        String body = "Prime minister Tony Blair clashed with Tory leader Michael Howard over tax.\n\n"
                + "Mr Howard said taxes would rise. Pointing to national insurance, he added: \"Everyone knows tax will go up.\"\n\n"
                + "Mr Blair instead hailed Labour's record on public services. \"That money is not wasted,\" he said.";
        assertEquals("Tony Blair", speakerOf(body, "That money is not wasted"));
    }

    @Test
    void aNameBeforeAnAsideInSpacedHyphensSpeaksNotTheNameInTheAside() {
        String body = "Economy minister German Gref told a newspaper that state control of oil was wrong.\n\n"
                + "Rosneft bought the unit. \"We used to see street hustlers do this kind of thing,\" Andrei Ivanov - then economic "
                + "adviser to President Vladimir Putin - told a press conference. \"Now officials are doing it.\"";
        assertEquals("Andrei Ivanov", speakerOf(body, "We used to see"));
        assertEquals("Andrei Ivanov", speakerOf(body, "Now officials are doing it"));
        String closing = "Candidate Donald Dune - who once said he would \"bomb the daylights out of\" oil fields held by "
                + "the Islamic State - said at a rally that the borders should close.";
        assertNotEquals("Islamic State", speakerOf(closing, "bomb the daylights"));
    }

    @Test
    void aDescriptionAfterAnOpeningPhraseIsTheSubjectAndTheHeAfterItMeansThem() {
        String body = "First Minister Jack Connell told teenagers that people will get drunk now and then.\n\n"
                + "Mr MacDowell said the first minister should know better. He added: \"Every word was put out on a webcast.\"\n\n"
                + "Nicola Stone wrote to Mr Connell on Tuesday asking him to apologise. In a furious response, the first minister "
                + "said his comments had been distorted. He told Ms Stone: \"It is disappointing that you have added to this.\"";
        assertEquals("Jack Connell", speakerOf(body, "It is disappointing"));
    }

    @Test
    void aQuoteThatEndsItsSentenceIsNotAttributedToANewSentenceOfExplainingWhat() {
        String body = "Robbie Kane scored the only goal. \"It was great play from Danny,\" said the striker.\n\n"
                + "\"I always try to be around the box. \"Playing three up was different. Brian Kerr wanted to try it out. "
                + "\"The conditions were difficult but he did well.\" Man-of-the-match Duffy explained what went wrong when he missed a chance.";
        String speaker = speakerOf(body, "The conditions were difficult");
        assertNotEquals("Duffy", speaker);
        assertNotEquals("Brian Kerr", speaker);
    }

    @Test
    void aQuotedNounAfterADeterminerTakesNoAttributionFromTheClauseAfterIt() {
        String body = "Tom Reed said the report was welcome.\n\n"
                + "Spokesman Ed Dane said instead of the \"bonfire of quangos\" Labour Party had promised, there were more of them. "
                + "\"Liberal Democrats would abolish many of them.\"";
        assertEquals("Ed Dane", speakerOf(body, "Liberal Democrats would"));
    }

    @Test
    void aPersonNamedAsWhereAnOpinionCameFromIsWhomTheHeAfterMeans() {
        String body = "\"It is very much a computer,\" said analyst Ian Frost.\n\n"
                + "One dissenting opinion came from Brian Gale, vice-president of research at analysts Gartner. "
                + "The machine was cheap for its maker. \"The PC world is a pile-em-high, sell-em-cheap market,\" he said.";
        assertEquals("Brian Gale", speakerOf(body, "The PC world"));
        String tribute = "Ray Carter died in June.\n\nAmong the tributes was one from his friend, the producer Quincy Stone, "
                + "who called him a brother. \"There will never be another musician like him,\" he said.";
        assertEquals("Quincy Stone", speakerOf(tribute, "There will never be"));
        String match = "Tim Hanley came from two sets down to beat Cyril Sauvage in Paris. "
                + "\"He is a tough player on any surface,\" he said.";
        assertEquals("Tim Hanley", speakerOf(match, "He is a tough player"));
    }

    @Test
    void aPersonTheSentenceBetweenTwoQuotesIntroducesSpeaksTheSecond() {
        String body = "The advice was published in part on Monday.\n\n"
                + "Tory leader Michael Hart repeated calls for the full advice to be published, warning: \"This will not go away.\" "
                + "\"The government needs to act to restore trust.\" Liberal Democrat spokesman Menzies Cole repeated his party's "
                + "calls for the first advice to be made public. \"The public interest can only be served by the fullest disclosure.\"";
        assertEquals("Michael Hart", speakerOf(body, "The government needs"));
        assertEquals("Menzies Cole", speakerOf(body, "The public interest"));
        String reported = "Coach Sven Larsson named his squad.\n\n"
                + "\"He deserves his chance,\" Larsson said. And he added that Andy Jones and Stewart Dowd would also get a chance. "
                + "\"Both will play some part.\"";
        assertEquals("Sven Larsson", speakerOf(reported, "Both will play"));
    }

    @Test
    void aQuoteAfterKnownAsTheIsANameNotSpeech() {
        String body = "Former leader Neil Kerr has been made a life peer.\n\n"
                + "\"I accepted the invitation for practical political reasons,\" he said. Born in 1942, he attended a school "
                + "in nearby Pengam, known then as the \"Eton of the valleys\". From there he went to university.";
        List<Passage> quotes = splitter.split(Article.of("a", "A title", body)).stream()
                .filter(p -> p.type() == PassageType.QUOTE).toList();
        assertEquals(List.of("I accepted the invitation for practical political reasons"), quotes.stream().map(Passage::text).toList());
    }

    @Test
    void thePlaceTheSpeakerIsInIsNotTheSpeaker() {
        String body = "The law lords ruled on Thursday.\n\n"
                + "In a statement, detainee 'A' in Woodhill Prison said: \"I hope the government will act upon this decision.\"";
        assertNull(speakerOf(body, "I hope the government"));
        String named = "The party met on Friday.\n\nSpeaking in Harrogate Mr Kennedy said: \"People want a credible party.\"";
        assertEquals("Kennedy", speakerOf(named, "People want a credible party"));
    }

    @Test
    void aNameThatQualifiesARoleBeforeTheRoleHoldersNameIsNotTheSubject() {
        String body = "The government has denied reports of a rift.\n\n"
                + "Work and pensions minister Alan Jensen said it was wrong to suggest the chancellor would take over, adding "
                + "they would \"work as a team\".";
        assertEquals("Alan Jensen", speakerOf(body, "work as a team"));
    }

    @Test
    void aTitleGivenToANameInCommasIsThatPersonsSpeech() {
        String body = "The European Union has said it will deliver aid.\n\n"
                + "The EU's Humanitarian Aid Commissioner, Louis Michaud, was quoted as saying that it was key to bring aid "
                + "\"in those vital hours and days after the disaster\".";
        assertEquals("Louis Michaud", speakerOf(body, "in those vital hours"));
    }

    @Test
    void aHeAfterADescriptionMeansItsPersonSoOneOfTheOtherGenderShowsItMeantSomeoneElse() {
        String body = "Jack Connell told teenagers that people will get drunk now and then.\n\n"
                + "Writer Hamish Dale said: \"Every word was put out on a webcast.\"\n\n"
                + "Nicola Stone wrote to Mr Connell on Tuesday asking him to apologise. In a furious response, the first minister "
                + "said his comments had been distorted. He told Ms Stone: \"It is disappointing that you have added to this.\"";
        assertNotEquals("Hamish Dale", speakerOf(body, "It is disappointing"));
        assertNotEquals("Nicola Stone", speakerOf(body, "It is disappointing"));
    }

    @Test
    void aKnightNamedByTitleAndFirstNameIsThePersonTheArticleNamedInFull() {
        String body = "Sir Paul Hartley will play at the final.\n\n"
                + "The stations were fined last year. Sir Paul said: \"There is nothing bigger than this.\"";
        assertEquals("Paul Hartley", speakerOf(body, "There is nothing bigger"));
        String alone = "The stations were fined last year.\n\nSir Paul said: \"There is nothing bigger than this.\"";
        assertEquals("Sir Paul", speakerOf(alone, "There is nothing bigger"));
    }

    @Test
    void aNameAfterACapitalTheInsideASentenceIsATitleNotAPersonAHeCouldMean() {
        String body = "Podcasts are growing fast.\n\n"
                + "Some stations now run their own. He loves doing The Daily Source Code because it brings good music "
                + "to new audiences. \"It is a badge I will wear with great honour,\" he says.";
        assertNull(speakerOf(body, "It is a badge"));
    }

    @Test
    void anApostropheSBeforeAVerbInIngIsIsNotAPossessive() {
        String body = "Podcasts are growing fast.\n\n"
                + "Already there is interest from the corporate world. Heineken is doing its own podcast now. For his part, "
                + "Adam Curley's pressing ahead with his own vision. He loves bringing good music to new audiences. He has "
                + "even been called the king of podcasting which, he says, \"is a badge I will wear with great honour.\"";
        assertEquals("Adam Curley", speakerOf(body, "is a badge"));
        String adjective = "Donald Trent's closing argument was short. Heineken ran an advert. "
                + "\"It is a badge I will wear with great honour,\" he says.";
        assertNotEquals("Donald Trent", speakerOf(adjective, "It is a badge"));
    }

    @Test
    void aQuoteAfterTheOldMaximIsASayingNotSpeech() {
        String body = "Mr Blair recalls how Bill Clinton once advised him: \"Always remember that what people see of you is how "
                + "they think you spend your day.\" His hope must be that voters will bear out the old maxim: \"No pain, no gain.\"";
        List<Passage> quotes = splitter.split(Article.of("a", "A title", body)).stream()
                .filter(p -> p.type() == PassageType.QUOTE).toList();
        assertEquals(1, quotes.size(), quotes.toString());
    }

    @Test
    void aPartyGluedBeforeAFirstNameIsNoPartOfTheName() {
        String body = "The chancellor spoke on Monday.\n\n"
                + "For the Lib Dems David Laws said: \"The chancellor will tell us how well the economy is doing.\"";
        assertEquals("David Laws", speakerOf(body, "The chancellor will tell us"));
    }

    @Test
    void theAndAPlaceBeforeARoleAcronymIsADescriptionNotAName() {
        String body = "Hazel Blears said innocent people would be targeted.\n\n"
                + "\"The threat is most likely to come from those hiding behind a faith,\" the Salford MP told the committee.";
        assertNotEquals("Salford MP", speakerOf(body, "The threat is most likely"));
    }

    @Test
    void wordsAfterAQuoteThatEndOnAColonIntroduceTheNextQuote() {
        String body = "Former number one Jimmy Connors is planning a long stay with the association.\n\n"
                + "The American spent three days at the camp. \"Britain has the right attitude,\" said Connors. \"A short-term "
                + "arrangement is just confusing. The kids will ask: 'What am I doing there?'\" Chief executive, John Crowther, "
                + "added: \"We want to use Jimmy for a number of weeks a year.\"";
        assertEquals("Jimmy Connors", speakerOf(body, "A short-term arrangement"));
        assertEquals("John Crowther", speakerOf(body, "We want to use Jimmy"));
    }

    @Test
    void aDescriptionOwnedByAFullNameIsNotThatPerson() {
        String body = "The Cabinet Office is reviewing pensions.\n\n"
                + "In a statement on Sunday, the Cabinet Office said it was reviewing the scheme. On Monday, Tony Blair's official "
                + "spokesman declined to say whether the prime minister backed the plans. He said: \"What is important is that "
                + "there is a process going on.\"";
        assertNotEquals("Tony Blair", speakerOf(body, "What is important"));
    }

    @Test
    void aNameBeforeStarAndASpeechVerbQualifiesTheStarAndDoesNotSpeak() {
        String body = "Ronnie Corbin has joined fellow comedy stars Vicky Wood and David Jessop in attacking the standards of television.\n\n"
                + "Speaking to the Radio Times, the Two Ronnies star said there is too much bad language. "
                + "\"You get fed up watching shows with not much care,\" he complained.";
        assertEquals("Ronnie Corbin", speakerOf(body, "You get fed up"));
    }

    @Test
    void aParticipleInAnAsideIsNotTheVerbOfANewSentenceAfterAQuote() {
        String body = "The mayor refused to say sorry.\n\nMr Blair insisted on Wednesday it was time for the mayor to say sorry.\n\n"
                + "\"In the circumstances, yes, he should apologise,\" he said. \"Let's just apologise and move on.\" Tory leader "
                + "Michael Howard, asked about the remark by reporters, said it was important for politicians to be careful.";
        assertNotEquals("Michael Howard", speakerOf(body, "Let's just apologise"));
    }

    @Test
    void aPersonReportedSpeakingBetweenTwoQuotesOfAParagraphSpeaksTheNextOnes() {
        String body = "Music firms met in Cannes.\n\n"
                + "\"The line between online and wireless is going to blur,\" said Ted Cole, of EMI. Mr Cole said: \"We want music "
                + "to be a continuum.\" Mr Babin said the mobile phone had a number of advantages over PCs. \"Getting music from "
                + "your PC onto a device is not easy. \"All of these steps can be done in one step on a mobile phone.\"";
        assertEquals("Babin", speakerOf(body, "Getting music"));
        assertEquals("Babin", speakerOf(body, "All of these steps"));
        String aside = "Trust in politicians is low.\n\n"
                + "Lib Dem spokesman Menzies Cole said the war had hit trust hard. \"Issues of war and peace do damage the "
                + "credibility of politicians\". Martin Bale, who won the Tatton seat from Tory Neil Hamlin on an platform, said "
                + "politicians often failed to see themselves as others did. \"We need public figures we trust to tell the truth.\"";
        assertEquals("Martin Bale", speakerOf(aside, "We need public figures"));
    }

    @Test
    void aNewSentenceAfterAQuoteThatReportsAClauseIsNoAttributionOfIt() {
        String told = "The government plans to raise fuel prices.\n\n"
                + "\"This quarter is the best time for us,\" said Sri Indra, the planning minister. \"We are still considering "
                + "a 30% rise.\" The BBC's correspondent, Rachel Hart, told World Business Report that there would be protests.";
        assertEquals("Sri Indra", speakerOf(told, "We are still considering"));
        String had = "Parry spoke on Thursday.\n\n"
                + "\"Of course he is ambitious but so are we,\" Parry added. \"We firmly believe he will stay. \"We have an "
                + "open relationship.\" Gerrard had said before the game he would consider leaving.";
        assertEquals("Parry", speakerOf(had, "We have an open"));
        String clause = "Simon Garner, of Climax, said: \"It is an exciting time. \"It is like being given a bigger canvas. "
                + "\"We can get things of a more filmic quality.\" Gerhard Flor, head of EA in Europe, said gamers should expect "
                + "titles that blur the line between films and games.";
        assertNotEquals("Gerhard Flor", speakerOf(clause, "We can get things"));
        String pleasantly = "Volunteers phoned voters all day.\n\n"
                + "\"I am calling from the campaign. How are you today?\" Miller, a retired worker, said pleasantly into the phone.";
        assertEquals("Miller", speakerOf(pleasantly, "I am calling"));
    }

    @Test
    void aQuoteThatAPersonsMessageReadIsTheirs() {
        String body = "Rohit Gill ran the blog from Delhi.\n\n"
                + "\"It was coming through an SMS message,\" Mr Gill says. In one message, Morquendi wrote about a woman "
                + "running home. \"She was being swept away,\" Morquendi's message read.";
        assertEquals("Morquendi", speakerOf(body, "She was being swept away"));
    }

    @Test
    void theLastWordOfAnOrganisationsNameJoinedByForOrAndIsNoPersonASheCanMean() {
        String body = "The e-University was scrapped last year.\n\n"
                + "A Department for Education and Skills spokeswoman said the venture had been ambitious. She added: "
                + "\"It was not the only organisation to have lost out on private investment.\"";
        assertNotEquals("Skills", speakerOf(body, "It was not the only"));
    }

    @Test
    void aSurnameThatOpensPlacesNamesIsAPersonAfterAnHonorific() {
        String body = "Mr Blair said the public would choose between two parties.\n\n"
                + "Dr Fox accused Mr Blair and other ministers of telling lies about Tory policies. "
                + "\"It is going to be fear and smear,\" he told BBC News.";
        assertEquals("Fox", speakerOf(body, "It is going to be fear"));
    }

    @Test
    void aHeSaidAfterACommaIsNotThePersonTheClauseBeforeItReports() {
        String body = "Labour's campaign chief Alan Milburn spoke on Saturday.\n\n"
                + "Nobody could picture the Lib Dem leader walking up Downing Street, he claimed. "
                + "And Tony Blair would be in the very front line of that campaign, he said. "
                + "\"Between now and the election the prime minister will be spending more time out of London,\" he promised.";
        assertEquals("Alan Milburn", speakerOf(body, "Between now and the election"));
    }

    @Test
    void aQuoteParagraphAfterAParagraphEndingWithSomeoneElseReportedSpeakingIsTheirs() {
        String body = "In an attempt to win over customers, Mr Jobs said it would appeal to people thinking of switching. "
                + "\"People who are thinking of switching will have no more excuses,\" he said. Many analysts had already said it "
                + "was a sensible move. Ian Harris, deputy editor of UK magazine Mac Format, said the machine would appeal to "
                + "owners of an iPod.\n\n"
                + "\"They want a further taste of Mac because they like what they have seen with iPod.\"";
        assertEquals("Ian Harris", speakerOf(body, "They want a further taste"));
    }

    @Test
    void aSubjectBeforeAnAsideOpenedByWhoseDoesWhatTheVerbAfterItSays() {
        String body = "\"Eastwood has it in the bag,\" added Mr Strauss. And Mr Goodman said best film was between two films. "
                + "Mr Karger, whose favourite film of the year was a small abortion drama from Britain, stayed upbeat about the awards. "
                + "\"I hope this is the year for small films to triumph,\" he said.";
        assertEquals("Karger", speakerOf(body, "I hope this is the year"));
    }

    @Test
    void whomSomeoneToldOrQuotedIsNotTheSpeakerWhomTheyQuotedAsSayingIs() {
        String told = "The lira lost six zeros on Saturday.\n\n"
                + "\"If a person has 10 billion lira this will suddenly decrease,\" shop owner Hayriye Evren, told Associated Press. "
                + "\"This will definitely affect people.\"";
        assertEquals("Hayriye Evren", speakerOf(told, "If a person has"));
        String quoted = "Barclays shares rose on Monday.\n\nTraders were sceptical. "
                + "\"A deal does not seem likely,\" Reuters quoted one trader as saying.";
        assertNull(speakerOf(quoted, "A deal does not seem likely"));
        String passive = "Jeremy Philpott of the Patent Office spoke first.\n\n"
                + "\"Some patents have dubious validity,\" said Dr Jeremy Philpott. Some members are worried. "
                + "\"Of course they are going to unleash the lawsuits,\" Mr Kapor is reported as saying.";
        assertEquals("Kapor", speakerOf(passive, "Of course they are going"));
    }

    @Test
    void aRoleInLowerCaseAfterAnInstitutionsNameLeavesThePersonWhoHoldsIt() {
        String body = "Prices rose again in March.\n\n"
                + "\"We need a careful plan and a plan needs time,\" Office for National Statistics chief Maria Lindqvist "
                + "told Reuters. \"Nobody should bet on a quick change.\"";
        assertEquals("Maria Lindqvist", speakerOf(body, "We need a careful plan"));
        assertEquals("Maria Lindqvist", speakerOf(body, "Nobody should bet"));
    }

    @Test
    void aStatementReadOutIsNotTheLastSpeakersWords() {
        String body = "Phone firms blamed their agencies for the adverts.\n\n"
                + "Olaf Brenner, an analyst at a research firm, said the sites drew huge audiences. \"Not to advertise here "
                + "would mean missing out,\" he added. Meanwhile the companies said they did not know where their adverts "
                + "appeared. Telvox adverts were seen on a file-sharing network this week and its response was typical. "
                + "\"We have looked into this matter and believe one of our partners placed this advert without our "
                + "knowledge,\" read a statement from the discount phone firm.";
        assertEquals("Olaf Brenner", speakerOf(body, "Not to advertise here"));
        assertNotEquals("Olaf Brenner", speakerOf(body, "We have looked into this matter"));
    }

    @Test
    void aPersonASentenceOpensWithForAndACommaIsWhoseViewItGivesAndWhoSpeaksNext() {
        String body = "Yahoo marked its tenth birthday this week.\n\n"
                + "Analyst Pierre Duval said the firm had lost its way for a while. \"It is interesting that it has "
                + "refocused on search,\" he said. But for Alan Marsh, a research director at a consultancy, the future of "
                + "search is not only about the technology. \"The next generation of search is going to be about premium "
                + "content,\" he said.";
        assertEquals("Alan Marsh", speakerOf(body, "The next generation of search"));
    }

    @Test
    void aClubOrNicknameAfterTheIsNoOneAHeCanMean() {
        String body = "Darren Okafor won relay gold in Athens last summer.\n\n"
                + "The 22-year-old pipped the world champion on the last leg. But individually, the Walton Harrier has yet "
                + "to build on his junior title. \"The gold medal has made me realise I can get to the top,\" he said.";
        assertNotEquals("Walton Harrier", speakerOf(body, "The gold medal has made me"));
    }

    @Test
    void aNameInsideARelativeClauseOfTheSentenceAfterAQuoteIsNotItsSpeaker() {
        String body = "Ministers will press ahead with the bill.\n\n"
                + "Junior minister Peter Hallam said laws affecting thousands of people needed updating. \"We are against "
                + "euthanasia, but people can make living wills,\" he said. \"Doctors are saying they want more clarity.\" "
                + "The Care Alliance, which includes the Dementia Trust, Age Support and the National Carers Society, said "
                + "misunderstandings over the bill had to be cleared up.";
        assertEquals("Peter Hallam", speakerOf(body, "Doctors are saying"));
    }

    @Test
    void aDemonymBeforeAPersonsNameIsNoPartOfItButStaysInTheNameOfABody() {
        String person = "Dent will meet Swede Lars Holmqvist on Sunday.\n\n"
                + "\"It feels like home for me,\" said Holmqvist.";
        assertEquals("Lars Holmqvist", speakerOf(person, "It feels like home"));
        String body = "The strike goes ahead on Monday.\n\n"
                + "\"This is a strike about national issues,\" said the Welsh Assembly Government.";
        assertEquals("Welsh Assembly Government", speakerOf(body, "This is a strike"));
    }

    @Test
    void aDemonymAndOneWordIsAnEventNoHeOrSheMeans() {
        String body = "Marta Vilanova lost an exhibition match in Belgium on Sunday.\n\n"
                + "And the Belgian, who has slipped to eighth in the world, faces a tough Australian Open title defence next "
                + "month. \"I will be heading to Australia with a lot of question marks over me,\" she said.";
        assertEquals("Marta Vilanova", speakerOf(body, "I will be heading to Australia"));
    }

    @Test
    void aDemonymDescribingTheSpeakerIsNoName() {
        String body = "Tomas Berger failed a routine drugs test this year.\n\n"
                + "\"I have acted correctly,\" the 27-year-old Austrian said in a statement.";
        assertNotEquals("Austrian", speakerOf(body, "I have acted correctly"));
    }

    @Test
    void aPositionOrTradeOpeningASentenceIsNoPartOfTheName() {
        String body = "France beat Scotland in Paris.\n\n"
                + "Wing Aurelien Delorme says France can still win the Grand Slam. \"We are still in the race,\" said Delorme.";
        assertEquals("Aurelien Delorme", speakerOf(body, "We are still in the race"));
    }

    @Test
    void aSaintsNameIsAPlaceOrAClubNoHeMeans() {
        String body = "Paul Rigby took the captaincy last year.\n\n"
                + "The 27-year-old, who captained St Albans to cup success last year, said following his coach would be a "
                + "challenge. \"He would be a hard act to follow,\" he said.";
        assertEquals("Paul Rigby", speakerOf(body, "He would be a hard act"));
    }

    @Test
    void wordsOfAnOrganisationsNameAfterForAreNoPersonHowEverMany() {
        String body = "The ruling was a blow to the government.\n\n"
                + "But Walter Brand of the Campaign for Smoke-Free Homes urged ministers to press on. "
                + "\"Today's ruling should not be an excuse for a weak settlement,\" he said.";
        assertEquals("Walter Brand", speakerOf(body, "Today's ruling should not be"));
    }

    @Test
    void aNameAfterAIsAThingsNameNoSheMeans() {
        String body = "Vera Wills suffered a first-round defeat at the Dubai Championships.\n\n"
                + "Former champion Carla Ruiz and India's Ritika Nair also reached the second round. Ruiz, 32, beat Mei "
                + "Tanaka 6-4 6-4 and 18-year-old Nair beat Ana Kostic 6-1. Nair, the first Indian woman to win a WTA Tour "
                + "title this month on home ground at Hyderabad, will now face US Open champion Olga Petrova.\n\n"
                + "But she is remaining confident. \"She (Petrova) is a great player,\" she said. \"But everyone is "
                + "beatable and I am looking forward to a great match.\"";
        assertNotEquals("WTA Tour", speakerOf(body, "But everyone is beatable"));
    }

    @Test
    void aParticipleThatNamesAThingIsNoPartOfItsName() {
        String body = "Called Vocalo, it has the look and feel of a normal search engine.\n\n"
                + "People visiting Vocalo can choose one of three voices. \"It is still a bit robotic,\" said Vocalo founder "
                + "Gordon Bain. \"The system is ideal for people with blurred vision. \"We are not saying it will suit "
                + "everyone,\" he added.";
        assertNotEquals("Called Vocalo", speakerOf(body, "We are not saying"));
    }

    @Test
    void anAdverbOrAGroupOpeningASentenceIsNoName() {
        String judges = "The Woodsman won the festival's main award.\n\n"
                + "Judges said the film tackled its subject with \"great insight and sensitivity\".";
        assertNull(speakerOf(judges, "great insight and sensitivity"));
        String adverb = "Many firms have moved work abroad.\n\n"
                + "Possibly as a result, the worry about cheap competition has fallen, with just half of the firms "
                + "calling it \"one of the biggest threats\".";
        assertNull(speakerOf(adverb, "one of the biggest threats"));
    }

    @Test
    void anOfficeIsNoSpeakersName() {
        String chairman = "Tory Liam Fox said his party offered a clear choice.\n\n"
                + "The Conservative Party Co-Chairman said voters had a choice between a government that had \"done nothing "
                + "for eight years\" and one that would act.";
        assertNotEquals("Conservative Party Co-Chairman", speakerOf(chairman, "done nothing for eight years"));
        String member = "Mr Flight says he will not stand down as a candidate.\n\n"
                + "The MP, who is consulting his lawyers, told BBC News: \"They selected me and they can dispose of me.\"";
        assertNotEquals("MP", speakerOf(member, "They selected me"));
    }

    @Test
    void aPlaceOrAFirmTheNarrativeReportsIsNotWhoseQuoteFollows() {
        String place = "Robot wheelchairs are on trial in three cities.\n\n"
                + "Design matters too. Dr Emil Varga, of the Centre for Transport at the University of the West of England in "
                + "Bristol said: \"The design of the devices is not adjusted to the needs of the elderly. \"For example, many "
                + "older passengers cannot easily turn the neck and upper body.\"";
        assertNotEquals("Bristol", speakerOf(place, "For example, many older"));
        String firm = "Consoles will soon show games in high definition.\n\n"
                + "\"In the next generation support is mandatory,\" Dr Mark Tull games systems director at digital content "
                + "firm Vistax told the BBC News website. \"Every game is going to be playable in high definition.\"";
        assertNotEquals("Vistax", speakerOf(firm, "Every game is going"));
    }

    @Test
    void aPhraseTheNarrativeQuotesIsNotThePersonItReportedSpeakingBefore() {
        String body = "The search firm turns ten this week.\n\n"
                + "Co-founder Jerry Young said the firm had grown faster than anyone expected. Now the firm employs 7,600 "
                + "workers and insists its culture of \"work hard, play hard\" still remains.";
        assertNull(speakerOf(body, "work hard, play hard"));
    }

    @Test
    void aShortPhraseAfterAReportedPersonLeavesThemToSpeakNext() {
        String body = "Donald Trump said on Wednesday that he does not want to kill the families of terrorists.\n\n"
                + "Instead, Trump told CNN, his policy would merely be \"to go after them\" if he wins the White House.\n\n"
                + "What \"go after them\" actually means is left to the imagination of voters, since Trump spoke only in "
                + "evasive bromides during the interview.\n\n"
                + "\"We have to do something and it's the only way you stop it.\"";
        assertEquals("Donald Trump", speakerOf(body, "We have to do something"));
    }

    @Test
    void theClauseAHeClaimedReportsNamesWhomTheHeIsNot() {
        String body = "Michael Howard gave his New Year message on Friday.\n\n"
                + "Mr Blair has failed to tackle these problems, he claimed, saying he has the \"wrong solution\" to them.\n\n"
                + "\"The result is big government and higher taxes eroding incentives and denying people choice.\"";
        assertNotEquals("Blair", speakerOf(body, "The result is big government"));
    }

    @Test
    void aClauseOpenedByWhileOrWhenSetsTheSceneForTheOneWhoSpeaksAfterTheComma() {
        String body = "Former captain Pierre Sella backed the coach this week.\n\n"
                + "Most criticism centred on the way France played in their opening games. But while Sella admitted he "
                + "liked the more flowing style, he said \"the win was most important to all of us\".";
        assertEquals("Pierre Sella", speakerOf(body, "the win was most important"));
    }

    @Test
    void aHeOpeningTheSentenceIsItsSubjectNotTheNameItsVerbTakes() {
        String body = "Clint Eastwood took his second Oscar for best director.\n\n"
                + "\"It was a wonderful adventure,\" Eastwood said. Morgan Freeman beat Clive Owen and Alan Alda to the prize "
                + "for best supporting actor. He thanked Eastwood and described the film as \"a labour of love and a joy to make\".";
        assertEquals("Morgan Freeman", speakerOf(body, "a labour of love"));
    }

    @Test
    void aNameBetweenAPronounAndItsQuoteIsNotWhomThePronounMeans() {
        String body = "Hillary Clinton said the foundation had been open about its donations.\n\n"
                + "She was defending the foundation against attacks from Donald Trump, but admitted \"one or two instances "
                + "where donations slipped through\".";
        assertEquals("Hillary Clinton", speakerOf(body, "one or two instances"));
    }

    @Test
    void aQuoteCalledSomeonesAssessmentIsTheirs() {
        String body = "The party met in Gateshead at the weekend.\n\n"
                + "\"The electorate are keener on the government than some party members,\" is the dry assessment of Graham "
                + "Lane, leader of the Labour group on Newham Council.";
        assertEquals("Graham Lane", speakerOf(body, "The electorate are keener"));
    }

    @Test
    void namesListedAfterAPrepositionAreObjectsEveryOne() {
        String body = "Clint Eastwood took his second Oscar for best director.\n\n"
                + "\"It was a wonderful adventure,\" Eastwood said. "
                + "Morgan Freeman beat actors including Clive Owen, Jamie Foxx and Alan Alda to the prize for best supporting "
                + "actor. He thanked Eastwood and described the film as \"a labour of love and a joy to make\".";
        assertEquals("Morgan Freeman", speakerOf(body, "a labour of love"));
    }

    @Test
    void aQuoteContinuingOneWhoseSheMeantNoOneNamedIsNotThePersonReportedBefore() {
        String body = "Lord Woolf set out his concerns on Monday.\n\n"
                + "A Department for Constitutional Affairs spokeswoman said Lord Woolf and Lord Falconer agreed about what "
                + "happened in practice. \"Their disagreement is about whether the law should require consultation,\" she "
                + "said. \"As Lord Woolf also acknowledged, it is highly unlikely that a judge would be appointed against his "
                + "wishes.\"";
        assertNotEquals("Falconer", speakerOf(body, "As Lord Woolf also acknowledged"));
    }

    @Test
    void meanwhileBetweenASubjectAndItsSpeechVerbLeavesTheSubjectTheSpeaker() {
        String body = "Foreign Secretary Jack Straw said the rebate was not up for negotiation.\n\n"
                + "Shadow minister Mr Brady said: \"It is essential that Britain keeps the rebate.\" The foreign secretary "
                + "meanwhile said the \"justice\" of the rebate remained. \"We have one of the lowest net receipts of any "
                + "country in the union.\"";
        assertEquals("Jack Straw", speakerOf(body, "We have one of the lowest"));
    }

    @Test
    void aQuoteInBracketsWithNoAttributionIsAnExampleNotTheLastSpeakerGoingOn() {
        String body = "Michael Howard launched the campaign on Monday.\n\n"
                + "\"We are the party of clean hospitals,\" Mr Howard said. Their latest posters flag up a range of "
                + "policies, from cleaner hospitals (\"How hard is it to keep a hospital clean?\") to immigration (\"It's "
                + "not racist to impose limits on immigration\").";
        assertNull(speakerOf(body, "It's not racist"));
    }

    @Test
    void aPersonReportedSpeakingAfterTheirRoleSpeaksNext() {
        String body = "Drinking hours change next month.\n\n"
                + "Lib Dem spokesman Mark Oaten said: \"It would clearly be prudent to allow the police more time to prepare.\" "
                + "Chief constable Mr Hayman acknowledged that binge drinking did cause problems. \"If you come to Norwich on "
                + "a Friday night you will see things that will make you feel ashamed.\"";
        assertEquals("Hayman", speakerOf(body, "If you come to Norwich"));
    }

    @Test
    void theSubjectOfAClauseThatTheWayOrHowOpensIsNotTheSentences() {
        String body = "Home Secretary David Blunkett brought in the new rules last year. Mr Blunkett said they were fair.\n\n"
                + "Shadow home secretary David Davis echoed criticisms of the way Mr Blunkett introduced the murder tariff "
                + "rules. \"There is genuine concern about potential reductions in murder sentences,\" he said.";
        assertEquals("David Davis", speakerOf(body, "There is genuine concern"));
    }

    @Test
    void aSentenceWhoseSecondVerbReportsMoreSpeechIsNoAttributionOfTheQuoteBefore() {
        String body = "More students from England are applying to Scottish universities.\n\n"
                + "Director David Caldwell said fees were not a major factor. \"It does not mean that we will see thousands "
                + "of additional students from England studying here.\" Mr Wallace agreed and said the figures had to be "
                + "looked at in context.";
        assertNotEquals("Wallace", speakerOf(body, "It does not mean"));
    }
    @Test
    void aSpeechWordRightAfterAPossessiveIsANounSoItsOwnerDoesNotSpeak() {
        String body = "Oil policy divides the government.\n\n"
                + "Mr Gref was keen to distance himself from Mr Ivanov's comments. The sales had been badly handled, he said. "
                + "\"If we follow that logic, we should nationalise all businesses,\" he said.";
        assertEquals("Gref", speakerOf(body, "If we follow that logic"));
    }

    @Test
    void aNameWhosePossessiveFollowsASpeechVerbIsNotItsSpeaker() {
        String body = "The legal advice is still secret.\n\n"
                + "Attorney General Lord Goldsmith gave his advice in March. Foreign affairs spokesman Sir Menzies Campbell "
                + "said Lord Goldsmith's statement still did not clear up the issues. \"Only the fullest disclosure will "
                + "now do,\" he said.";
        assertEquals("Menzies Campbell", speakerOf(body, "Only the fullest disclosure"));
    }

    @Test
    void aRoleAcronymInsideARunOfCapitalsIsNoPartOfTheName() {
        String body = "The regiments campaign goes on.\n\n"
                + "Party leader Alex Salmond said it had received a boost from the campaign. Labour MP George Foulkes said the "
                + "campaigners would not win the argument. \"A serving soldier knows that what we propose is right,\" he said. "
                + "Green MEP Caroline Lucas said: \"This treaty is a flawed document.\"";
        assertEquals("George Foulkes", speakerOf(body, "A serving soldier"));
        assertEquals("Caroline Lucas", speakerOf(body, "This treaty is a flawed"));
    }

    @Test
    void aNameInsideAnOfPhraseIsNotTheSubjectOfTheVerbAfterIt() {
        String body = "Films look different in high definition.\n\n"
                + "\"In the HD version all these make-up lines showed up,\" explains Rick Dean. The restoration of the older "
                + "Film Noir episodes revealed some odd items too.\n\n"
                + "\"There are scans of a corridor and fairly plainly there is a file cabinet stuck behind one of the doors. "
                + "\"You never used to be able to see it because things are just blurred enough.\"";
        assertEquals("Rick Dean", speakerOf(body, "You never used to be able"));
    }

    @Test
    void aSurnameTheArticleGaveAPersonInFullIsTheirsThoughOutletsBearItToo() {
        String body = "Leading actor Edward Fox is behind plans to reopen a theatre.\n\n"
                + "Oscar-winner Sir Anthony Hopkins made his debut there. Fox told the local paper that he was surprised by its "
                + "beauty. \"A lot of money needs to be spent on it, but all the bones are there,\" he said.";
        assertEquals("Edward Fox", speakerOf(body, "A lot of money"));
    }

    @Test
    void anOrganisationWhoseNameJoinsListedWordsSpeaksByItsWholeName() {
        String body = "Nuclear waste will be stored in the UK.\n\n"
                + "In a statement, the Department of Trade and Industry said the policy meant there would be a \"sixfold "
                + "reduction in the number of waste shipments\".";
        assertEquals("Department of Trade and Industry", speakerOf(body, "sixfold reduction"));
    }

    @Test
    void aConstituencyAfterARoleIsNoPerson() {
        String body = "Labour MP Derek Wyatt says the campaign is dull.\n\n"
                + "The MP for Sittingbourne and Sheppey said Tony Blair had been \"trying very hard\" to improve his standing "
                + "through a \"sort of campaign of trust\".";
        assertNotEquals("Sheppey", speakerOf(body, "sort of campaign of trust"));
    }

    @Test
    void aQuoteAfterSomeoneElseIsReportedSpeakingIsNotTheLastSpeakerGoingOn() {
        String body = "UKIP's alliances in Europe are under fire.\n\n"
                + "Mr Kilroy-Silk said: \"I argued against working with such groups.\" A UKIP spokesman said there were more "
                + "than 40 MEPs in the same group. They were from a broad spectrum but with a shared belief in the "
                + "\"unfeasibility of the EU as it is now\".";
        assertNull(speakerOf(body, "unfeasibility of the EU"));
    }

    @Test
    void aQuoteAfterASpokesmanActsIsNotTheLastSpeakersEither() {
        String body = "Derek Wyatt thinks the campaign is dull.\n\n"
                + "\"People are bored,\" Mr Wyatt said. But Mr Blair had been \"hurt\" by the Iraq row, he added. A Labour "
                + "party spokesman played down differences with Mr Wyatt. \"This election is a choice between going forward "
                + "and going back.\"";
        assertNull(speakerOf(body, "This election is a choice"));
    }

    @Test
    void theQuoteAfterASpeakersOwnAttributionStillContinuesThem() {
        String body = "Flights were delayed at Frankfurt.\n\n"
                + "\"We are doing research into the possibilities we have,\" Michael Lamberty, a Lufthansa spokesman told "
                + "the BBC. \"We are checking if there is action to be taken.\"";
        assertEquals("Michael Lamberty", speakerOf(body, "We are checking if"));
    }

    @Test
    void anAgeIsADescriptionSoAHeAfterItIsNotThePersonNamedBetween() {
        String body = "Chelsea winger Arjen Robben has broken his foot.\n\n"
                + "Robben had a scan on Monday. \"Six weeks is the average time to heal this injury,\" he told a Dutch "
                + "newspaper. \"I had a feeling it was serious.\" The 21-year-old missed three months of the season after a "
                + "challenge with Roma's Olivier Dacourt. And he added: \"It felt different last summer.\"";
        assertNotEquals("Olivier Dacourt", speakerOf(body, "It felt different"));
    }

    @Test
    void aQuoteInsideASentenceAboutSomeoneElseIsTheirsNotTheLastSpeakers() {
        String body = "The academy wants cleaner Oscar campaigns.\n\n"
                + "\"The committee will look at it,\" said producer Bruce Davey. Last year, the academy formed a committee "
                + "to tighten the rules. Academy president Frank Pierson praised the move for restoring the Oscars as a "
                + "\"celebration and appreciation of excellence\".";
        assertEquals("Frank Pierson", speakerOf(body, "celebration and appreciation"));
    }

    @Test
    void aNameWhoseRoleAndEmployerRunIntoAVerbIsTheSubject() {
        String body = "Printing at home is now cheaper.\n\n"
                + "According to Home Print, a large print on a Canon Z900 printer with the best paper costs £1.50. At Photostop "
                + "the same print would cost £2.40 and at Quick Snaps £8.99. \"Considering how far it can be to the High "
                + "Street, we're sure that it's now cheaper to print at home,\" he said. Ann Lowe, marketing manager at Quick "
                + "Snaps believes the ease of high street printing will continue to bring in customers. \"Some people will want "
                + "to print on their own computer but we hear that they often print three pictures to get a good one,\" she "
                + "said. \"Many people do not want the hassle,\" she added.";
        assertEquals("Ann Lowe", speakerOf(body, "Many people do not want"));
    }

    @Test
    void aPhraseQuotedInASentenceAfterSomeoneElseActedIsNotTheLastSpeakersGoingOn() {
        String body = "Comedians are lining up to criticise television.\n\n"
                + "In an interview in January, Ann Cole attacked the new comedy shows. \"It is a shame people can't just write "
                + "a script,\" she said. And last week comedy star Tom Reed criticised British TV for being \"too safe "
                + "and too cheap\".";
        assertNull(speakerOf(body, "too safe and too cheap"));
    }

    @Test
    void aPhraseQuotedInASentenceThatNamesTheLastSpeakerIsStillTheirs() {
        String body = "The champion may retire this year.\n\n"
                + "\"Will I have as much desire to go through a major championship?\" Jane Holt asked in the new year. "
                + "Sprint legend Mark Dunn retired shortly after his 34th birthday. The demands of training will only get "
                + "harder for Holt, who has already admitted she \"doesn't like the training anymore\".";
        assertEquals("Jane Holt", speakerOf(body, "doesn't like the training"));
    }

    @Test
    void aNameBeforeAPronounAndASpeechVerbIsNotTheOneSpeaking() {
        String body = "The general's visit ends today.\n\n"
                + "Speaking in London on Monday, General Omar Said said militants were \"on the run\".\n\n"
                + "But standing next to Mr Wright he added that it was crucial to tackle the causes. \"That is the "
                + "resolution of political disputes.\"";
        assertNotEquals("Wright", speakerOf(body, "That is the resolution"));
    }

    @Test
    void theNameInCommasAfterASpokesmanForAFirmSpeaksNotTheFirm() {
        String body = "The decision has spread good cheer among builders, according to some firms.\n\n"
                + "A spokesman for Acme Builders, Dr Varma, told the BBC this will mean \"better offerings\" for consumers. "
                + "He said the firm will benefit from \"strategic partnerships and design expertise.\"";
        assertEquals("Varma", speakerOf(body, "strategic partnerships"));
    }

    @Test
    void aSpokeswomanSomeoneOwnsIsNotTheSpokesmanOfAnotherNamedBefore() {
        String body = "A bookmaker has stopped taking bets on the show.\n\n"
                + "\"This is highly unlikely to have been an inspired guess,\" Acme Bet spokesman Robert Adler said. Mr Adler "
                + "did not believe anyone from the channel had tried to place the bets. But he added: \"They need to look at "
                + "how many people know.\"\n\n"
                + "The Show's spokeswoman said: \"Only a handful of senior executives know anything about eviction voting.\"";
        assertNull(speakerOf(body, "Only a handful"));
    }

    @Test
    void aSpeechVerbWithAnObjectAfterAFullStopOpensANewSentence() {
        String body = "The couple's home was burgled last week.\n\n"
                + "She expressed her anger at the thief. \"If I choose to make an investment for my kids, that's my business "
                + "and I worked for every penny.\" Jack also lamented two years in which the family has been hit by problems.";
        assertNotEquals("Jack", speakerOf(body, "If I choose to make"));
    }

    @Test
    void aQuoteAfterANameAndWhoWithAVerbIsTheirs() {
        String body = "The manager is sure his side can win the cup.\n\n"
                + "\"We have an opportunity to win this cup this year,\" said Alan Grey. It is a view shared by striker Tom "
                + "Lane, who believes \"if we can get past Milan, we have a great chance\". Critic Jo Hart was less sure of "
                + "the band, which she called \"spiky\". One of those who tipped it was the music critic Paul Dale, who said "
                + "they were \"spiky but in love with pop\".";
        assertEquals("Tom Lane", speakerOf(body, "if we can get past Milan"));
        assertEquals("Paul Dale", speakerOf(body, "spiky but in love"));
    }

    @Test
    void aNameBeforeABodysNameInAnUnclosedAppositionSpeaks() {
        String body = "Traders in the town are worried about the plans.\n\n"
                + "Mary Lowe, Eastport Traders Association said: \"We have waited long enough for a decision and the town "
                + "needs the jobs now.\"";
        assertEquals("Mary Lowe", speakerOf(body, "We have waited long enough"));
    }

    @Test
    void aTeamThatWentAheadAfterAQuoteSaidNothing() {
        String body = "The manager rued his side's draw.\n\n"
                + "But Jones said: \"I think what makes it so bad is that both our rivals dropped points. \"It was a great "
                + "opportunity - and we haven't delivered.\" Rovers went ahead through Alan Smith in the 33rd minute.";
        assertEquals("Jones", speakerOf(body, "It was a great opportunity"));
    }

    @Test
    void thePersonAfterAPluralPossessiveSpeaks() {
        String body = "The channel has won the rights to the awards.\n\n"
                + "\"We are delighted to have won the rights to the show,\" said Sky Networks' Sophie Turner Laing. "
                + "\"We fought hard for them,\" said Jo Mays of the Independent Viewers' Association.";
        assertEquals("Sophie Turner Laing", speakerOf(body, "We are delighted"));
        assertEquals("Jo Mays", speakerOf(body, "We fought hard"));
    }

    @Test
    void aStarOrALegendBeforeANameIsNamedAsARoleIs() {
        String body = "Fans are still talking about the final.\n\n"
                + "\"It was the best night of my life,\" said winger Tom Hale. Rugby legend Gareth Rhys, who won three "
                + "titles in the 1970s, hailed the win as \"the finest display this country has seen in years\".";
        assertEquals("Gareth Rhys", speakerOf(body, "the finest display"));
    }

    @Test
    void aClauseThatButOpensWithANameBringsInTheOneWhoAnswers() {
        String body = "Officials defend the courts after criticism by Lleyton Hewitt.\n\n"
                + "Hewitt said he had had a \"gutful\" of it but Tennis Australia's Geoff Pollard rejected his comments. "
                + "\"We did ask for it to be made faster than last year,\" he said.";
        assertEquals("Geoff Pollard", speakerOf(body, "We did ask for it"));
    }

    @Test
    void aSentenceAfterAFullStopWhoseVerbTakesSomeoneElsesWordsIsNoAttribution() {
        String body = "The players back their manager.\n\n"
                + "\"We want the boss to stay,\" said Jim McIntyre. \"Hopefully now he gets the chance to stay.\" Keeper Tony "
                + "Bullock echoed McIntyre's sentiments. \"I think all the boys are behind him,\" he added.";
        assertEquals("Jim McIntyre", speakerOf(body, "Hopefully now he gets"));
        assertEquals("Tony Bullock", speakerOf(body, "I think all the boys"));
    }

    @Test
    void aParticipleOpeningTheSentenceIsNoNameNorIsAnyoneInItsPhrase() {
        String body = "Stars gathered for the premiere.\n\n"
                + "Shivering in a floor-length Armani dress, the Australian-born actress stopped to sign autographs and "
                + "joked: \"It's tight but I love it.\"";
        String speaker = speakerOf(body, "It's tight");
        assertNotEquals("Shivering", speaker);
        assertNotEquals("Armani", speaker);
    }

    @Test
    void aSentenceAfterAFullStopWhoseSpeechVerbReportsANamedClauseIsNoAttribution() {
        String body = "Asylum rules divide the parties.\n\n"
                + "Trevor Phillips called on the minister to think again. \"Tell that to the doctors in the NHS,\" he said. "
                + "\"Ditto the teachers, who are reducing the sizes of our classes.\" The Refugee Council said Mr Howard's "
                + "proposals would mean there was no safe haven.";
        assertEquals("Trevor Phillips", speakerOf(body, "Ditto the teachers"));
    }

    @Test
    void aSentenceSomeoneReportsAtItsEndIsTheirsWhateverItsSubject() {
        String body = "Tory leader Michael Howard attacked the Budget.\n\n"
                + "\"Their only answer is to tax.\" Mr Brown liked to rattle off \"magical balances conjured out of thin air\" "
                + "in a bid to convince people there was no \"black hole\" in the finances, the Tory leader said.";
        assertEquals("Michael Howard", speakerOf(body, "magical balances"));
    }

    @Test
    void aPersonARoleIsGivenToAfterIsIsWhomTheHeAfterItMeans() {
        String body = "A stage version of the film is planned.\n\n"
                + "\"There will be no singing and dancing,\" assured producer Kevin Wallace. The musical's British director is "
                + "Matthew Warchus, best known for staging the hit Art. \"The production will be a hybrid of text and "
                + "spectacle,\" he said.";
        assertEquals("Matthew Warchus", speakerOf(body, "The production will be"));
    }

    @Test
    void aQuoteWithNoFullStopEndsTheClauseALaterSheReports() {
        String body = "Health minister Jane Hutt was moved in the reshuffle.\n\n"
                + "Kirsty Williams, for the Lib Dems, added: \"Changing the minister will serve no purpose,\" she said. "
                + "Meanwhile Ms Hutt said she hoped \"that the people of Wales would benefit from my work\" Asked about "
                + "waiting lists, she said that they were \"only 10% of the health agenda\".";
        assertEquals("Jane Hutt", speakerOf(body, "only 10% of the health agenda"));
    }

    @Test
    void someonesSpokesmanIsNeverThePersonJustWrittenAbout() {
        String body = "The prime minister's style is under fire.\n\n"
                + "Lord Butler said Mr Blair bypassed the Cabinet. The prime minister's official spokesman said the Cabinet was "
                + "still used. But he added: \"You cannot, in a modern government, take every decision in Cabinet.\"";
        assertNotEquals("Butler", speakerOf(body, "You cannot, in a modern government"));
    }

    @Test
    void aPartySpokesmanMayBeThePersonJustWrittenAbout() {
        String body = "The Tories attacked the leaflet.\n\n"
                + "Shadow foreign secretary Michael Ancram condemned the document. \"Isn't this propaganda?\" he asked. The "
                + "Tory spokesman also criticised the government. \"The government had to publish a commentary of 500 pages "
                + "to explain it,\" he said.";
        assertEquals("Michael Ancram", speakerOf(body, "The government had to publish"));
    }

    @Test
    void aSurnameBeforeAnAdverbInCommasAndASpeechVerbIsAPerson() {
        String body = "UK Athletics has a new performance director.\n\n"
                + "Van Commenee dropped out of the selection process. Foster, however, declared himself satisfied with how "
                + "the appointment was made. \"The appointment is testament to the recruitment process,\" he said.";
        assertEquals("Foster", speakerOf(body, "The appointment is testament"));
    }

    @Test
    void aNationalityOfTwoWordsAfterTheNamesNoOne() {
        String body = "A film of the book is years away.\n\n"
                + "Director Peter Jackson was in Sydney. \"I think it's gonna be a lot of lawyers sitting in a room,\" said "
                + "the New Zealander.";
        assertNotEquals("New Zealander", speakerOf(body, "I think it's gonna be"));
    }

    @Test
    void aRoleAfterACommaThatRunsIntoASpeechVerbIsAnApposition() {
        String body = "Rivals welcomed the price cuts.\n\n"
                + "\"It will introduce a level playing field,\" chief executive Lee Strafford said. Chris Panayis, managing "
                + "director of ISP Freedom2surf said that it would make things clearer. \"I think it's the first productive "
                + "thing we've had from BT,\" he said.";
        assertEquals("Chris Panayis", speakerOf(body, "I think it's the first productive"));
    }

    @Test
    void aTitleAloneAfterTheMeansWhomTheArticleGaveItNotThePersonJustNamed() {
        String body = "Cardinal Cormac Murphy-O'Connor has criticised the cost of the war.\n\n"
                + "Both the Cardinal and Archbishop of Canterbury Dr Rowan Williams appealed for more time before the war "
                + "started. Dr Williams has since criticised the government over its case for war.\n\n"
                + "On Friday, the Cardinal will ask the congregation to search for peace. \"It is possible, it is real, it is "
                + "worth striving for,\" he will say.";
        assertEquals("Cormac Murphy-O'Connor", speakerOf(body, "It is possible"));
    }

    @Test
    void aFirstNameAloneBeforeWhoIsTheWomanAShePronounMeans() {
        String body = "Singer Rod Baxter has said his family will make no more episodes of the show.\n\n"
                + "\"I didn't like having cameras around the house,\" the rock singer told reporters. His wife Helen, who also "
                + "appears in the show, agreed. \"Now everybody's doing reality shows. He's done it,\" she said.";
        assertEquals("Helen", speakerOf(body, "Now everybody's doing"));
    }
}
