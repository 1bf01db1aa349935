using System.Text;
using Readout.Ingest;

namespace Readout.Tests.Ingest;

public sealed class TextDecoderTests
{
    [Fact]
    public void Utf8_without_bom_is_decoded()
    {
        Assert.True(TextDecoder.TryDecode(Encoding.UTF8.GetBytes("Minister Valkov’s call"), out var text, out _));
        Assert.Equal("Minister Valkov’s call", text);
    }

    [Fact]
    public void Utf8_bom_is_dropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Ostravia")];
        Assert.True(TextDecoder.TryDecode(bytes, out var text, out _));
        Assert.Equal("Ostravia", text);
    }

    [Fact]
    public void Utf16_little_and_big_endian_are_recognised_by_their_bom()
    {
        byte[] le = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Belmaria")];
        byte[] be = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Belmaria")];
        Assert.True(TextDecoder.TryDecode(le, out var fromLe, out _));
        Assert.True(TextDecoder.TryDecode(be, out var fromBe, out _));
        Assert.Equal("Belmaria", fromLe);
        Assert.Equal("Belmaria", fromBe);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" talks "), 0x93, (byte)'q', 0x94];
        Assert.True(TextDecoder.TryDecode(bytes, out var text, out _));
        Assert.Equal("Café talks “q”", text);
    }

    [Fact]
    public void Utf8_cut_in_the_middle_of_a_character_keeps_the_whole_characters()
    {
        var full = Encoding.UTF8.GetBytes("Valkov’");
        Assert.True(TextDecoder.TryDecode(full.AsSpan(0, full.Length - 1), out var text, out _));
        Assert.Equal("Valkov", text);
    }

    [Fact]
    public void Zero_bytes_mean_binary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        Assert.False(TextDecoder.TryDecode(png, out _, out var reason));
        Assert.Contains("binary", reason);
    }
}
