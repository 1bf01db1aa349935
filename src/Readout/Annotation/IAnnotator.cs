using Readout.Model;

namespace Readout.Annotation;

/// <summary>Finds mentions, resolves them to entities with roles, and normalises time expressions against the article's date.</summary>
public interface IAnnotator
{
    Annotations Annotate(Article article);
}
