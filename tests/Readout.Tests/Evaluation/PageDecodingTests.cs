using System.Text;
using Readout.Evaluation.Extraction;

namespace Readout.Tests.Evaluation;

/// <summary>Benchmark pages are decoded as a crawler would, so that decoding never counts as an extraction miss.</summary>
public sealed class PageDecodingTests
{
    [Fact]
    public void A_utf8_page_with_one_stray_byte_stays_utf8()
    {
        var text = "<html><body><p>" + string.Concat(Enumerable.Repeat("Schöne Grüße aus Portavel, sagte Bürgermeisterin Vantongeren. ", 20)) + "</p></body></html>";
        var bytes = Encoding.UTF8.GetBytes(text).Append((byte)0xFF).ToArray();

        var decoded = PageDecoder.Decode(bytes);

        Assert.Contains("Schöne Grüße", decoded);
    }

    [Fact]
    public void A_page_in_its_declared_legacy_charset_is_read_in_it()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "<html><head><meta charset=\"windows-1250\"></head><body><p>Minister Łukasz Żabski przemawiał w Sejmie.</p></body></html>";
        var bytes = Encoding.GetEncoding(1250).GetBytes(text);

        var decoded = PageDecoder.Decode(bytes);

        Assert.Contains("Łukasz Żabski", decoded);
    }
}
