namespace Readout.Events;

/// <summary>
/// Completes the actor codes of a sentence as PETRARCH-2 does inside a noun phrase: a country or organisation's code
/// takes the code of an agent written next to it ("Ostravian police" = OST + COP, "Ostravia's army" = OST + MIL), unless
/// it already holds it ("President" beside a leader coded OSTGOV). Without a parse, "next to" is adjacent or across a
/// possessive "'s".
/// </summary>
internal static class ActorCodes
{
    /// <summary>The code of an agent with no actor beside it ("police" alone: "---COP").</summary>
    public static string AgentOnly(string agent) => ActorDictionary.Unknown + agent;

    /// <summary>PETRARCH-2's mix: the actor code followed by the agent code, unless the actor code holds it already.</summary>
    public static string Mix(string actor, string agent) => actor.Contains(agent, StringComparison.Ordinal) ? actor : actor + agent;

    /// <summary>
    /// Mixes each agent run's code (<paramref name="agents"/>, per token) into the actor run (<paramref name="actors"/>,
    /// per token) it touches, and gives the agent's tokens the mixed code too. Agent words inside an actor phrase are cleared.
    /// </summary>
    public static void Compose(string text, List<WordToken> tokens, List<string?> actors, List<string?> agents)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            // A word of a dictionary phrase is that actor's, not an agent ("Ostravian Defence Ministry" is one actor).
            agents[k] = actors[k] is null ? agents[k] : null;
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            if (agents[k] is not { } agent || (k > 0 && agents[k - 1] == agent))
            {
                continue; // not the first token of an agent run
            }

            var end = k;
            while (end + 1 < tokens.Count && agents[end + 1] == agent)
            {
                end++;
            }

            var before = Neighbour(text, tokens, k, -1);
            var after = Neighbour(text, tokens, end, +1);
            var actorAt = before >= 0 && actors[before] is not null ? before : after >= 0 && actors[after] is not null ? after : -1;
            if (actorAt < 0 || actors[actorAt] is not { } actor || actor == ActorDictionary.Unknown)
            {
                continue;
            }

            var mixed = Mix(actor, agent);
            for (var q = actorAt; q >= 0 && actors[q] == actor; q--)
            {
                actors[q] = mixed;
            }

            for (var q = actorAt + 1; q < tokens.Count && actors[q] == actor; q++)
            {
                actors[q] = mixed;
            }

            for (var q = k; q <= end; q++)
            {
                actors[q] = mixed;
            }
        }
    }

    // The word next to token i in a direction, skipping one possessive "'s"; -1 at a boundary or the sentence's edge.
    private static int Neighbour(string text, List<WordToken> tokens, int i, int step)
    {
        var q = i + step;
        if (q >= 0 && q < tokens.Count && !tokens[q].Boundary && tokens[q].In(text) is "'s" or "’s")
        {
            q += step;
        }

        return q >= 0 && q < tokens.Count && !tokens[q].Boundary ? q : -1;
    }
}
