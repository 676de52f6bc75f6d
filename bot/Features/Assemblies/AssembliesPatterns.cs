using System.Text.RegularExpressions;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>The messages the assembly feature answers, in both languages.</summary>
internal static partial class AssembliesPatterns
{
    /// <summary>"convoca assemblea", "convoca il consiglio direttivo", "convene assembly", "convene a board meeting".</summary>
    [GeneratedRegex(@"^\s*(?:convoca|convene|call)\s+(?:(?:l'|la|il|un|una|an|a|the)\s*)?(?<what>assemblea(?:\s+generale)?(?:\s+dei\s+soci)?|(?:general\s+)?assembly|consiglio(?:\s+direttivo)?|riunione\s+del\s+consiglio(?:\s+direttivo)?|(?:executive\s+)?board(?:\s+meeting)?)\s*[.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Convene();

    /// <summary>The kind of meeting the matched words name.</summary>
    public static MeetingKind KindIn(string what) =>
        what.Contains("assembl", StringComparison.OrdinalIgnoreCase) ? MeetingKind.GeneralAssembly : MeetingKind.BoardMeeting;
}
