using Readout.Model;

namespace Readout.Annotation;

/// <summary>Front door of annotation.</summary>
public sealed class Annotator : IAnnotator
{
    // Placeholder until the annotation stage lands.
    public Annotations Annotate(Article article) => Annotations.Empty;
}
