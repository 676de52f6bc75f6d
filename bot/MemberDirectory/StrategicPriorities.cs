namespace ClustER.Bot.MemberDirectory;

/// <summary>
/// The 11 strategic priorities of the Clust-ER Health Action Plan (annual report 2022), in Italian and
/// English, with the themes of their lines of intervention, and how to find one from a member's words.
/// </summary>
/// <remarks>
/// A static catalogue rather than a table: the priorities change only with a new Action Plan, every part
/// of the bot (answers, jobs, imports) needs them without a database round trip, and the database refers
/// to them by number (a check constraint keeps working-group numbers in range).
/// </remarks>
public static partial class StrategicPriorities
{
    /// <summary>How many priorities there are; numbers run from 1 to <see cref="Count"/>.</summary>
    public const int Count = 11;

    /// <summary>All priorities, by number.</summary>
    public static IReadOnlyList<StrategicPriority> All { get; } = Catalogue();

    /// <summary>The priority with <paramref name="number"/>, or null when there is none.</summary>
    public static StrategicPriority? Get(int number) => number is >= 1 and <= Count ? All[number - 1] : null;

    /// <summary>
    /// The priorities a text is about, best first: those named by number ("WG 5", "priorità 3"), then by
    /// how many of their themes the text mentions. Empty when the text names none.
    /// </summary>
    /// <example><c>Match("bandi sui radiofarmaci")</c> gives priority 1; <c>Match("medicina rigenerativa")</c> gives 3.</example>
    public static IReadOnlyList<StrategicPriority> Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var matcher = new ThemeText(text);
        var scores = new Dictionary<int, int>();
        foreach (int number in matcher.ExplicitNumbers(Count))
        {
            scores[number] = 1000;
        }

        foreach (StrategicPriority priority in All)
        {
            int hits = priority.Keywords.Count(matcher.Contains);
            if (hits > 0)
            {
                scores[priority.Number] = scores.GetValueOrDefault(priority.Number) + hits;
            }
        }

        return [.. scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Select(s => All[s.Key - 1])];
    }
}
