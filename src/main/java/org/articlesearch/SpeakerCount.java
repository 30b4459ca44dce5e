package org.articlesearch;

/**
 * A speaker and how many quotes the index credits to them.
 *
 * @param name   the speaker as shown ("Tony Blair")
 * @param quotes quotes credited to them, their surname alone included when it is theirs alone
 */
public record SpeakerCount(String name, long quotes) {
}
