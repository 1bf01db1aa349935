namespace Readout.Server.Html;

/// <summary>
/// Which scraped URLs may become links: only absolute http(s). Anything else (javascript:, data:,
/// relative paths) is shown as text, never as an href.
/// </summary>
public static class SafeUrl
{
    public static string? Http(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
