using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Readout.Extraction;
using Readout.Ingest;
using Readout.Model;
using Readout.Reporting;

namespace Readout.Cli;

/// <summary><c>readout extract PATH...</c>: one JSON object per input document (JSON Lines) with the extracted body and metadata.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (.txt, .html, .htm, .jsonl)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "JSON Lines output (the default; kept for symmetry with other commands)" };
        var command = new Command("extract", "Extract article body and metadata without storing anything") { paths, json };
        command.SetAction(result => Run(result.GetValue(paths)!));
        return command;
    }

    private static int Run(string[] paths)
    {
        var extractor = new ArticleExtractor();
        var reader = new DocumentReader();
        var rejected = 0;
        using var stdout = Console.OpenStandardOutput();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var entry in InputWalker.Walk(paths))
        {
            var items = entry.Rejection is { } r ? [r] : reader.Read(entry.File!);
            foreach (var item in items)
            {
                if (item is IngestRejection rejection)
                {
                    rejected++;
                    Console.Error.WriteLine($"readout: {rejection.Path}: {rejection.Reason}");
                    continue;
                }

                var raw = ((IngestedDocument)item).Document;
                Article article;
                try
                {
                    article = extractor.Extract(raw);
                }
                catch (ExtractionException e)
                {
                    rejected++;
                    Console.Error.WriteLine($"readout: {raw.Path}: {e.Message}");
                    continue;
                }

                using (var writer = new Utf8JsonWriter(stdout, options))
                {
                    ArticleJson.Write(writer, article);
                }

                stdout.WriteByte((byte)'\n');
            }
        }

        return rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
    }
}
