using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Readout.Annotation;
using Readout.Pipeline;
using Readout.Reporting;

namespace Readout.Cli;

/// <summary><c>readout annotate PATH... [--json] [--actors FILE]</c>: people, organisations, places, treaties and time expressions, with spans into the body.</summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (.txt, .html, .htm, .jsonl)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per document (JSON Lines)" };
        var actors = ActorsOption.Create();
        var command = new Command("annotate", "Extract and annotate without storing anything") { paths, json, actors };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(json), result.GetValue(actors)));
        return command;
    }

    private static int Run(string[] paths, bool json, string[]? actorFiles)
    {
        if (ActorsOption.Load(actorFiles) is not { } actors)
        {
            return ExitCodes.Failed;
        }

        var annotator = new Annotator(actors);
        var inputs = new ArticleStream();
        using var stdout = Console.OpenStandardOutput();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var (raw, whole) in inputs.Read(paths))
        {
            var article = AnnotationLimit.Apply(whole, out var cut);
            if (cut is not null)
            {
                Diagnostic.Warning(raw.Path, cut);
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

        return inputs.Rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
    }
}
