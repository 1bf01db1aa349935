namespace Readout.Ingest;

/// <summary>
/// Rejects markup nested absurdly deep (tens of thousands of open elements, by attack or a broken generator):
/// walking such a tree costs the extractor time that grows with the square of the depth (half a minute at
/// 50,000 levels). Browsers cap nesting at 512; real pages stay far below <see cref="Limit"/>.
/// The estimate is a single scan keeping the stack of open elements as a parser would: an end tag closes the
/// nearest open element of its name and everything opened inside it, and an end tag of nothing open (a stray
/// <c>&lt;/p&gt;</c>, <c>&lt;/br&gt;</c>) closes nothing — so stray end tags cannot hide real depth. Void elements,
/// elements whose end tag may be omitted, self-closing tags, comments and script or style text are left out.
/// </summary>
public static class MarkupDepth
{
    public const int Limit = 2000;

    public static readonly string Reason = $"markup nested too deeply (more than {Limit} levels)";

    public static bool TooDeep(ReadOnlySpan<char> html)
    {
        var open = new OpenElements();
        var at = html.IndexOf('<');
        while (at >= 0 && at + 1 < html.Length)
        {
            var rest = html[(at + 1)..];
            var skip = 0;
            if (rest.StartsWith("!--"))
            {
                skip = After(rest, "-->");
            }
            else if (rest[0] == '/' && rest.Length > 1 && char.IsAsciiLetter(rest[1]))
            {
                var name = Name(rest[1..]);
                if (!Unnested(name))
                {
                    open.Close(Key(name));
                }
            }
            else if (char.IsAsciiLetter(rest[0]))
            {
                var name = Name(rest);
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    skip = After(rest, name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style");
                }
                else if (!Unnested(name) && !SelfClosing(rest) && open.Open(Key(name)) > Limit)
                {
                    return true;
                }
            }

            if (skip < 0)
            {
                return false;
            }

            var next = rest[skip..].IndexOf('<');
            at = next < 0 ? -1 : at + 1 + skip + next;
        }

        return false;
    }

    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> tag)
    {
        var end = 0;
        while (end < tag.Length && end < 16 && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return tag[..end];
    }

    /// <summary>A case-blind key of a tag name (names are at most 16 ASCII letters or digits).</summary>
    private static int Key(ReadOnlySpan<char> name)
    {
        var key = 17;
        foreach (var c in name)
        {
            key = (key * 31) + (c | 0x20);
        }

        return key;
    }

    /// <summary>
    /// Whether the tag ends in "/&gt;" (an SVG path, a self-closed element of XHTML). Only the text up to the next
    /// '&lt;' is looked at, so a tag cut off before its '&gt;' costs no scan to the end of the page.
    /// </summary>
    private static bool SelfClosing(ReadOnlySpan<char> tag)
    {
        var next = tag.IndexOf('<');
        var upToNext = next < 0 ? tag : tag[..next];
        var close = upToNext.IndexOf('>');
        return close > 0 && upToNext[close - 1] == '/';
    }

    /// <summary>Index just after <paramref name="marker"/>, or -1 when the text ends first.</summary>
    private static int After(ReadOnlySpan<char> text, string marker)
    {
        var found = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? -1 : found + marker.Length;
    }

    /// <summary>Void elements and those whose end tag may be left out (closed by the next sibling).</summary>
    private static bool Unnested(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        return lower is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source" or "track" or "wbr"
            or "p" or "li" or "dt" or "dd" or "tr" or "td" or "th" or "option" or "optgroup" or "rb" or "rt" or "rp" or "thead" or "tbody" or "tfoot" or "colgroup" or "html" or "head" or "body";
    }

    /// <summary>
    /// The stack of open elements by name key, with a count per key so an end tag of nothing open is known at once:
    /// every element is pushed and popped at most once, so the scan stays linear whatever the end tags.
    /// </summary>
    private sealed class OpenElements
    {
        private readonly List<int> _stack = [];
        private readonly Dictionary<int, int> _counts = [];

        public int Open(int key)
        {
            _stack.Add(key);
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
            return _stack.Count;
        }

        public void Close(int key)
        {
            if (_counts.GetValueOrDefault(key) == 0)
            {
                return;
            }

            int popped;
            do
            {
                popped = _stack[^1];
                _stack.RemoveAt(_stack.Count - 1);
                _counts[popped]--;
            }
            while (popped != key);
        }
    }
}
