using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
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
        var inputs = new ArticleStream();
        using var stdout = Console.OpenStandardOutput();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var (_, article) in inputs.Read(paths))
        {
            using (var writer = new Utf8JsonWriter(stdout, options))
            {
                ArticleJson.Write(writer, article);
            }

            stdout.WriteByte((byte)'\n');
        }

        return inputs.Rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
    }
}
