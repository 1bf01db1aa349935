using System.Text;

namespace Readout.Ingest;

/// <summary>
/// Decodes file bytes to text: BOMs (UTF-8, UTF-16 LE/BE) first, then strict UTF-8, then
/// Windows-1252 — the usual encoding of legacy Western pages that are not UTF-8.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>Decodes, or returns a reason why the bytes are not text.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? reason)
    {
        reason = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TryStrictUtf8(bytes[3..], out text, out reason);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            return CheckText(text, out reason);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            return CheckText(text, out reason);
        }

        if (LooksBinary(bytes))
        {
            text = string.Empty;
            reason = "binary content (not text)";
            return false;
        }

        if (TryStrictUtf8(bytes, out text, out _))
        {
            return CheckText(text, out reason);
        }

        // A file cut off in the middle of a multi-byte character is still UTF-8: keep what is whole.
        var cut = Utf8TruncationPoint(bytes);
        if (cut < bytes.Length && TryStrictUtf8(bytes[..cut], out text, out _))
        {
            return CheckText(text, out reason);
        }

        text = Windows1252.GetString(bytes);
        return CheckText(text, out reason);
    }

    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out string text, out string? reason)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            reason = null;
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            reason = "invalid UTF-8 after a UTF-8 byte-order mark";
            return false;
        }
    }

    /// <summary>True when the first bytes of a file are not text of any encoding read here (a UTF-16 BOM is text).</summary>
    internal static bool IsBinary(ReadOnlySpan<byte> head) =>
        !head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) && LooksBinary(head);

    /// <summary>Zero bytes or many control bytes in the first block mean a binary file (image, archive, executable).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }

    private static bool CheckText(string text, out string? reason)
    {
        var control = 0;
        var replacement = 0;
        var limit = Math.Min(text.Length, 65536);
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (c == '\uFFFD')
            {
                replacement++;
            }
            else if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        if (limit > 0 && (control + replacement) * 10 > limit)
        {
            reason = "undecodable text (too many control or replacement characters)";
            return false;
        }

        reason = null;
        return true;
    }

    /// <summary>Index where an incomplete trailing UTF-8 sequence starts (or the length when none).</summary>
    private static int Utf8TruncationPoint(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0xC0)
            {
                var needed = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
                return needed > back ? bytes.Length - back : bytes.Length;
            }

            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return bytes.Length;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
