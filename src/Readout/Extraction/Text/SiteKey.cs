using Readout.Model;

namespace Readout.Extraction.Text;

/// <summary>Which site a page belongs to, for template learning: its outlet, else its URL's host, else its folder.</summary>
public static class SiteKey
{
    public static string Of(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (!string.IsNullOrWhiteSpace(raw.Hints.Outlet))
        {
            return "outlet:" + raw.Hints.Outlet.Trim().ToLowerInvariant();
        }

        if (Uri.TryCreate(raw.Url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            return "host:" + (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant();
        }

        return "dir:" + (Path.GetDirectoryName(raw.Path) ?? "");
    }
}
