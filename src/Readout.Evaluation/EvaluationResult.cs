namespace Readout.Evaluation;

/// <summary>One line of a benchmark score: a metric's name and value, printed beside the published anchors.</summary>
public sealed record MetricValue(string Name, double Value);

/// <summary>The score of one evaluation set.</summary>
public sealed record EvaluationResult(string Set, IReadOnlyList<MetricValue> Metrics, int Items, TimeSpan Elapsed)
{
    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? Items / Elapsed.TotalSeconds : 0;
}
