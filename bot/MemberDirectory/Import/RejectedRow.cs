namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>A record of the file that was not imported, and why.</summary>
/// <param name="Line">The 1-based line of the file where the record starts.</param>
/// <param name="Reasons">Every problem found in the record, so one fix-up pass is enough.</param>
public sealed record RejectedRow(long Line, IReadOnlyList<string> Reasons);
