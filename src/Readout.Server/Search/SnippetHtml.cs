using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Readout.Storage;

namespace Readout.Server.Search;

/// <summary>
/// Turns an FTS snippet (untrusted text with <see cref="SearchMarkers"/> around matches) into safe HTML:
/// each text segment is HTML-encoded on its own and only then wrapped in &lt;mark&gt;. The markers are
/// private-use characters; a stray or unbalanced one in the source text is dropped, never emitted.
/// </summary>
public static class SnippetHtml
{
    /// <summary>All of Unicode left as is (only markup-significant characters are escaped): snippets stay readable.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string? snippet)
    {
        if (string.IsNullOrEmpty(snippet))
        {
            return "";
        }

        var html = new StringBuilder(snippet.Length + 32);
        var open = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            var c = i < snippet.Length ? snippet[i] : SearchMarkers.Close;
            if (c != SearchMarkers.Open && c != SearchMarkers.Close)
            {
                continue;
            }

            html.Append(Encoder.Encode(snippet[start..i]));
            start = i + 1;
            if (c == SearchMarkers.Open && !open)
            {
                html.Append("<mark>");
                open = true;
            }
            else if (c == SearchMarkers.Close && open)
            {
                html.Append("</mark>");
                open = false;
            }
        }

        return html.ToString();
    }

    /// <summary>The snippet as plain text (markers removed).</summary>
    public static string Plain(string? snippet) =>
        snippet is null ? "" : snippet.Replace(SearchMarkers.Open.ToString(), "", StringComparison.Ordinal).Replace(SearchMarkers.Close.ToString(), "", StringComparison.Ordinal);
}
