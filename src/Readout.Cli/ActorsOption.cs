using System.CommandLine;
using Readout.Annotation.Actors;

namespace Readout.Cli;

/// <summary><c>--actors FILE</c> (repeatable): the user's own actor dictionaries on top of the shipped one, later files winning.</summary>
internal static class ActorsOption
{
    public static Option<string[]> Create() => new("--actors")
    {
        Description = "Actor dictionary file(s): names|variants TAB role TAB country TAB from TAB to; later files win",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The shipped dictionary extended by <paramref name="files"/>; null (with a message) when one cannot be read.</summary>
    public static ActorDictionary? Load(string[]? files)
    {
        if (files is not { Length: > 0 })
        {
            return ActorDictionary.Shared;
        }

        try
        {
            return ActorDictionary.WithFiles(files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"readout: --actors: {e.Message}");
            return null;
        }
    }
}
