namespace Readout.Ingest;

/// <summary>
/// Rejects markup nested absurdly deep (tens of thousands of open elements, by attack or a broken generator):
/// walking such a tree costs the extractor time that grows with the square of the depth (half a minute at
/// 50,000 levels). Browsers cap nesting at 512; real pages stay far below <see cref="Limit"/>.
/// The estimate is a single scan: open tags minus end tags, leaving out void elements, elements whose end
/// tag may be omitted, comments and script or style text.
/// </summary>
public static class MarkupDepth
{
    public const int Limit = 2000;

    public static readonly string Reason = $"markup nested too deeply (more than {Limit} levels)";

    public static bool TooDeep(ReadOnlySpan<char> html)
    {
        var depth = 0;
        var at = html.IndexOf('<');
        while (at >= 0 && at + 1 < html.Length)
        {
            var rest = html[(at + 1)..];
            var skip = 0;
            if (rest.StartsWith("!--"))
            {
                skip = After(rest, "-->");
            }
            else if (rest[0] == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(rest[0]))
            {
                var name = Name(rest);
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    skip = After(rest, name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style");
                }
                else if (!Unnested(name) && ++depth > Limit)
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
}
