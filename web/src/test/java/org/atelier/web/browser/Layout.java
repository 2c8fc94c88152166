package org.atelier.web.browser;

import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;

/** What a reader sees of a page's layout, measured in the browser. */
final class Layout {

    private Layout() {
    }

    /**
     * The words under the elements a selector finds that the browser cut across two lines
     * ("Organisa-/tions"), each with the text it is in; a line broken between words is fine, and so
     * is a code set to break anywhere (a hash is no word).
     */
    @SuppressWarnings("unchecked")
    static List<String> wordsCutIn(ChromeDriver page, String selector) {
        return (List<String>) page.executeScript("""
                const cut = [];
                for (const root of document.querySelectorAll(arguments[0])) {
                  if (!root.checkVisibility()) {
                    continue;
                  }
                  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (getComputedStyle(node.parentElement).wordBreak === 'break-all') {
                      continue;
                    }
                    for (const match of node.data.matchAll(/\\S+/g)) {
                      const range = document.createRange();
                      range.setStart(node, match.index);
                      range.setEnd(node, match.index + match[0].length);
                      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0)
                        .map((rect) => Math.round(rect.top)));
                      if (lines.size > 1) {
                        cut.push(`${match[0]} (in "${node.data.trim().slice(0, 60)}")`);
                      }
                    }
                  }
                }
                return cut;
                """, selector);
    }

    /** The labels of an SVG chart that overlap another label: each pair, by their texts. */
    @SuppressWarnings("unchecked")
    static List<String> overlappingLabels(ChromeDriver page, String chartSelector) {
        return (List<String>) page.executeScript("""
                const labels = [...document.querySelectorAll(arguments[0] + ' svg text')]
                  .filter((text) => text.textContent.trim() && text.checkVisibility())
                  .map((text) => ({ text: text.textContent.trim(), box: text.getBoundingClientRect() }))
                  .filter((label) => label.box.width > 0);
                const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1
                  && a.top < b.bottom - 1 && b.top < a.bottom - 1;
                const pairs = [];
                labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
                  if (overlap(a.box, b.box)) {
                    pairs.push(`${a.text} / ${b.text}`);
                  }
                }));
                return pairs;
                """, chartSelector);
    }

    /** For each place a phrase is written under the elements a selector finds, on how many lines it runs. */
    @SuppressWarnings("unchecked")
    static List<Long> linesOf(ChromeDriver page, String selector, String phrase) {
        return (List<Long>) page.executeScript("""
                const [selector, phrase] = arguments;
                const counts = [];
                for (const root of document.querySelectorAll(selector)) {
                  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (let at = node.data.indexOf(phrase); at >= 0; at = node.data.indexOf(phrase, at + 1)) {
                      const range = document.createRange();
                      range.setStart(node, at);
                      range.setEnd(node, at + phrase.length);
                      counts.push(new Set([...range.getClientRects()].filter((rect) => rect.width > 0)
                        .map((rect) => Math.round(rect.top))).size);
                    }
                  }
                }
                return counts;
                """, selector, phrase);
    }
}
