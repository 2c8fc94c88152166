package org.atelier.query.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * An idea's words as French is compared: "l'usine" is "usine", stop words go, plural and feminine
 * forms meet on one light stem ("associations", "associatives" and "association"), and accents are
 * folded after stemming (whose rules read them) so that "ecole" typed without its accent meets
 * "école".
 */
final class FrenchText {

    /**
     * Words a workshop's ideas use whatever their subject, beside Snowball's French stop words:
     * quantities ("trop", "chaque"), links ("entre", "sans") and the verbs every proposal opens with
     * ("créer", "mettre", "faire"). Chosen as French, not from the labelled set.
     */
    private static final List<String> FILLERS = List.of("a", "est", "été", "être", "avoir", "plus", "moins", "trop",
            "très", "tout", "tous", "toute", "toutes", "chaque", "entre", "comme", "aussi", "encore", "peu", "bien",
            "dont", "où", "vers", "chez", "lors", "depuis", "après", "avant", "pendant", "quand", "ni", "non", "rien",
            "autre", "autres", "afin", "ça", "là", "faire", "fait", "créer", "mettre", "peut", "peuvent", "pouvoir",
            "doit", "devrait", "devraient", "faut");

    private static final CharArraySet STOP_WORDS = stopWords();

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream words = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            words = new LowerCaseFilter(words);
            words = new StopFilter(words, STOP_WORDS);
            words = new FrenchLightStemFilter(words);
            words = new ASCIIFoldingFilter(words);
            return new TokenStreamComponents(source, words);
        }
    };

    /** One word of an idea: its stem and where it stands in the text, to quote it as written. */
    record Word(String stem, int start, int end) {
    }

    private FrenchText() {
    }

    /** The text's words in order, without stop words and one-letter leftovers ("19 h"). */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("idea", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1) {
                    words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }

    /** Snowball's French list and the fillers, each also without its accents, as hurried typing leaves them. */
    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), true);
        words.addAll(FILLERS);
        List<String> folded = new ArrayList<>();
        for (Object word : words) {
            folded.add(withoutAccents(new String((char[]) word)));
        }
        words.addAll(folded);
        return CharArraySet.unmodifiableSet(words);
    }

    private static String withoutAccents(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
