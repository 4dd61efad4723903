package io.kys.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small subset of Markdown to HTML, enough for report prose: {@code #}/{@code ##}/{@code ###}
 * headings, paragraphs separated by blank lines, {@code -} or {@code *} bullet lists, and inline
 * {@code `code`} and {@code **bold**}. Everything else is text, escaped, so user text can never
 * inject markup.
 */
final class TextHtml {
    private static final Pattern HEADING = Pattern.compile("(#{1,3})\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("[-*]\\s+(.*)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

    private TextHtml() { }

    /** The HTML of {@code markdown}. */
    static String toHtml(String markdown) {
        StringBuilder html = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        boolean inList = false;
        for (String raw : markdown.strip().split("\\R", -1)) {
            String line = raw.strip();
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            if (line.isEmpty() || heading.matches() || bullet.matches()) {
                flushParagraph(html, paragraph);
            }
            if (!bullet.matches() && inList) {
                html.append("</ul>\n");
                inList = false;
            }
            if (heading.matches()) {
                int level = heading.group(1).length();
                html.append("<h").append(level).append('>').append(inline(heading.group(2)))
                        .append("</h").append(level).append(">\n");
            } else if (bullet.matches()) {
                if (!inList) {
                    html.append("<ul>\n");
                    inList = true;
                }
                html.append("<li>").append(inline(bullet.group(1))).append("</li>\n");
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flushParagraph(html, paragraph);
        if (inList) {
            html.append("</ul>\n");
        }
        return html.toString();
    }

    private static void flushParagraph(StringBuilder html, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            html.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
            paragraph.setLength(0);
        }
    }

    private static String inline(String text) {
        String escaped = Html.escape(text);
        escaped = CODE.matcher(escaped).replaceAll("<code>$1</code>");
        return BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
    }
}
