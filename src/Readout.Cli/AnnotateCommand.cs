using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Readout.Annotation;
using Readout.Extraction;
using Readout.Ingest;
using Readout.Reporting;

namespace Readout.Cli;

/// <summary><c>readout annotate PATH... [--json]</c>: people, organisations, places, treaties and time expressions, with spans into the body.</summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (.txt, .html, .htm, .jsonl)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per document (JSON Lines)" };
        var command = new Command("annotate", "Extract and annotate without storing anything") { paths, json };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(json)));
        return command;
    }

    private static int Run(string[] paths, bool json)
    {
        var extractor = new ArticleExtractor();
        var annotator = new Annotator();
        var reader = new DocumentReader();
        var rejected = 0;
        using var stdout = Console.OpenStandardOutput();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var entry in InputWalker.Walk(paths))
        {
            foreach (var item in entry.Rejection is { } r ? [r] : reader.Read(entry.File!))
            {
                if (item is IngestRejection rejection)
                {
                    rejected++;
                    Console.Error.WriteLine($"readout: {rejection.Path}: {rejection.Reason}");
                    continue;
                }

                var raw = ((IngestedDocument)item).Document;
                Model.Article article;
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

                var annotations = annotator.Annotate(article);
                if (!json)
                {
                    AnnotationsJson.WriteText(Console.Out, raw.Path, annotations);
                    continue;
                }

                using (var writer = new Utf8JsonWriter(stdout, options))
                {
                    writer.WriteStartObject();
                    writer.WriteString("path", raw.Path);
                    ArticleJson.WriteDate(writer, "published", article.Published?.Date);
                    AnnotationsJson.WriteFields(writer, annotations);
                    writer.WriteString("body", article.Body);
                    writer.WriteEndObject();
                }

                stdout.WriteByte((byte)'\n');
            }
        }

        return rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
    }
}
