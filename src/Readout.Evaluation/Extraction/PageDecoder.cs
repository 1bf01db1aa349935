using System.Text;

namespace Readout.Evaluation.Extraction;

/// <summary>
/// Decodes a benchmark page the way a crawler would: UTF-8 when the bytes are UTF-8 (a stray invalid
/// byte does not turn a UTF-8 page into Latin-1 mojibake), else the charset the page declares
/// (Windows-1250 for Polish pages), else Windows-1252.
/// </summary>
internal static class PageDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>How far into the page a <c>charset=</c> declaration is looked for.</summary>
    private const int SniffLength = 4096;

    /// <summary>Invalid sequences per non-ASCII byte a page may have and still be read as UTF-8.</summary>
    private const double MaxInvalidShare = 0.02;

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
        }

        var declared = DeclaredCharset(bytes);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return declared.GetString(bytes);
        }

        var lenient = Encoding.UTF8.GetString(bytes);
        return InvalidShare(bytes, lenient) <= MaxInvalidShare ? lenient : Encoding.GetEncoding(1252).GetString(bytes);
    }

    /// <summary>The encoding named by the first <c>charset=</c> in the page's head, when it is a known one.</summary>
    private static Encoding? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, SniffLength));
        var at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var name = head.AsSpan(at + 8).TrimStart("\"' ");
        var end = name.IndexOfAny("\"' ;>/");
        name = end >= 0 ? name[..end] : name;
        try
        {
            return name.IsEmpty ? null : Encoding.GetEncoding(name.ToString());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static double InvalidShare(byte[] bytes, string decoded)
    {
        var high = 0;
        foreach (var b in bytes)
        {
            high += b >= 0x80 ? 1 : 0;
        }

        var invalid = decoded.Count(c => c == '\uFFFD');
        return high == 0 ? 0 : (double)invalid / high;
    }
}
