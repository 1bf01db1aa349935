using System.IO.Compression;
using Readout.Annotation;
using Readout.Annotation.Entities.Model;
using Readout.Tools.NerModel;

// dotnet run --project tools/nermodel -c Release -- train --data /tmp/readout-data --out src/Readout/Annotation/Data/span-typer.tsv.gz
// dotnet run --project tools/nermodel -c Release -- sweep --data /tmp/readout-data --weights src/Readout/Annotation/Data/span-typer.tsv.gz
var options = args.Skip(1).Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
string data = options.GetValueOrDefault("--data", "/tmp/readout-data");
switch (args.FirstOrDefault())
{
    case "train":
        Train(data, options.GetValueOrDefault("--out", "span-typer.tsv.gz"), int.Parse(options.GetValueOrDefault("--epochs", "8"), System.Globalization.CultureInfo.InvariantCulture), options.GetValueOrDefault("--silver", "yes") == "yes", int.Parse(options.GetValueOrDefault("--full-lines", "0"), System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case "sweep":
        using (var stream = new GZipStream(File.OpenRead(options.GetValueOrDefault("--weights", "span-typer.tsv.gz")), CompressionMode.Decompress))
        using (var reader = new StreamReader(stream))
        {
            var lines = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0 && line[0] != '#')
                {
                    lines.Add(line);
                }
            }

            MarginSweep.Run(data, SpanTypeModel.Load(lines), options.GetValueOrDefault("--split", "train"));
        }

        return 0;
    default:
        Console.Error.WriteLine("usage: NerModel train|sweep --data DIR [--out FILE] [--weights FILE] [--epochs N] [--silver yes|no] [--full-lines N]");
        return 2;
}

static void Train(string data, string output, int epochs, bool silver, int fullLines)
{
    var rules = new Annotator { SpanTyping = null }; // silver labels come from the rules alone
    var documents = TrainingDocument.Meantime(data, fullLines).Concat(TrainingDocument.EcbPlus(data)).ToList();
    var lowerWords = SpanLabeler.LowerCaseWords(documents, 3);
    var examples = documents.SelectMany(d => SpanLabeler.Label(d, rules, silver, lowerWords)).ToList();
    Console.Error.WriteLine($"{documents.Count} documents, {examples.Count} examples: " + string.Join(", ", examples.GroupBy(e => e.Class).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
    var model = new Perceptron();
    model.Train(examples, epochs, seed: 17);
    using var file = File.Create(output);
    using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
    using var writer = new StreamWriter(gzip) { NewLine = "\n" };
    writer.WriteLine("# Span typer weights (hash TAB none person place organisation), averaged perceptron trained by tools/nermodel");
    writer.WriteLine("# on MEANTIME English (CC BY 4.0) and ECB+ (CC BY 3.0) gold mentions plus the rules' own output on their text.");
    int n = 0;
    foreach (var line in model.Averaged())
    {
        writer.WriteLine(line);
        n++;
    }

    Console.Error.WriteLine($"{n} features written to {output}");
}
