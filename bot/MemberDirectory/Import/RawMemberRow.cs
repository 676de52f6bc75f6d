namespace ClustER.Bot.MemberDirectory.Import;

/// <summary>One data record of a member CSV file as read: trimmed texts by column, and where it starts.</summary>
/// <param name="Line">The 1-based line of the file where the record starts (the header is line 1).</param>
/// <param name="Values">The non-empty values, by column.</param>
internal sealed record RawMemberRow(long Line, IReadOnlyDictionary<MemberCsvColumn, string> Values)
{
    /// <summary>The value of <paramref name="column"/>, or null when the cell is empty or the column absent.</summary>
    public string? this[MemberCsvColumn column] => Values.GetValueOrDefault(column);
}
