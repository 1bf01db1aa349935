using Readout.Ingest;
using Readout.Model;
using Readout.Tests.Support;

namespace Readout.Tests.Ingest;

public sealed class DocumentReaderTests
{
    private readonly DocumentReader _reader = new(new IngestLimits(MaxFileBytes: 1024, MaxRecordChars: 512));

    [Fact]
    public void A_text_file_becomes_one_text_document_with_its_path_as_given()
    {
        using var folder = new TempFolder();
        var path = folder.File("readout.txt", "Foreign Minister Valkov spoke by telephone.");
        var item = Assert.Single(_reader.Read(new InputFile(path, "corpus/readout.txt", InputKind.Text)));
        var document = Assert.IsType<IngestedDocument>(item).Document;
        Assert.Equal("corpus/readout.txt", document.Path);
        Assert.Equal(SourceFormat.Text, document.Format);
        Assert.Equal(64, document.ContentHash.Length);
    }

    [Fact]
    public void A_txt_file_holding_a_web_page_is_read_as_html()
    {
        using var folder = new TempFolder();
        var path = folder.File("page.txt", "<!DOCTYPE html><html><body><p>Valmora</p></body></html>");
        var document = Assert.IsType<IngestedDocument>(Assert.Single(_reader.Read(new InputFile(path, path, InputKind.Text)))).Document;
        Assert.Equal(SourceFormat.Html, document.Format);
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData("  \n\t \n", "no text")]
    public void Empty_and_blank_files_are_rejected(string content, string reason)
    {
        using var folder = new TempFolder();
        var path = folder.File("blank.txt", content);
        var rejection = Assert.IsType<IngestRejection>(Assert.Single(_reader.Read(new InputFile(path, "blank.txt", InputKind.Text))));
        Assert.Equal("blank.txt", rejection.Path);
        Assert.Contains(reason, rejection.Reason);
    }

    [Fact]
    public void Oversized_files_are_rejected_with_the_limit()
    {
        using var folder = new TempFolder();
        var path = folder.File("huge.html", new string('x', 2048));
        var rejection = Assert.IsType<IngestRejection>(Assert.Single(_reader.Read(new InputFile(path, "huge.html", InputKind.Html))));
        Assert.Contains("too large", rejection.Reason);
    }

    [Fact]
    public void Binary_files_are_rejected()
    {
        using var folder = new TempFolder();
        var path = folder.File("photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);
        var rejection = Assert.IsType<IngestRejection>(Assert.Single(_reader.Read(new InputFile(path, "photo.txt", InputKind.Text))));
        Assert.Contains("binary", rejection.Reason);
    }

    [Fact]
    public void Json_lines_records_carry_their_hints_and_a_path_with_the_line_number()
    {
        using var folder = new TempFolder();
        var path = folder.File("feed.jsonl", """
            {"text":"Valkov met Larcombe.","url":"https://wire.example/1","title":"Talks","published":"2024-03-07","outlet":"Wire"}

            {"html":"<p>Second</p>"}
            """);
        var documents = _reader.Read(new InputFile(path, "feed.jsonl", InputKind.JsonLines)).Cast<IngestedDocument>().Select(d => d.Document).ToList();
        Assert.Equal(["feed.jsonl#1", "feed.jsonl#3"], documents.Select(d => d.Path));
        Assert.Equal(new DocumentHints("Talks", new DateOnly(2024, 3, 7), "Wire"), documents[0].Hints);
        Assert.Equal("https://wire.example/1", documents[0].Url);
        Assert.Equal(SourceFormat.Html, documents[1].Format);
    }

    [Fact]
    public void A_bad_json_line_is_rejected_alone_and_the_next_lines_are_read()
    {
        using var folder = new TempFolder();
        var path = folder.File("feed.jsonl", "{\"text\":\"one\"}\n{\"text\":\"trunc\n{\"title\":\"no body\"}\n{\"text\":\"x\",\"published\":\"soon\"}\n{\"text\":\"four\"}\n");
        var items = _reader.Read(new InputFile(path, "feed.jsonl", InputKind.JsonLines)).ToList();
        Assert.Equal(["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3", "feed.jsonl#4", "feed.jsonl#5"], items.Select(i => i.Path));
        Assert.IsType<IngestedDocument>(items[0]);
        Assert.Contains("malformed JSON", Assert.IsType<IngestRejection>(items[1]).Reason);
        Assert.Contains("no \"text\" or \"html\"", Assert.IsType<IngestRejection>(items[2]).Reason);
        Assert.Contains("not a date", Assert.IsType<IngestRejection>(items[3]).Reason);
        Assert.IsType<IngestedDocument>(items[4]);
    }

    [Fact]
    public void The_same_text_with_other_line_endings_has_the_same_hash()
    {
        Assert.Equal(ContentHash.Of("Valkov\nLarcombe\n"), ContentHash.Of("Valkov\r\nLarcombe\r\n"));
        Assert.NotEqual(ContentHash.Of("Valkov"), ContentHash.Of("Valkoff"));
    }
}
