namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>One problem in a knowledge file: which file, which item (its id, or its index), which field.</summary>
/// <param name="File">The file name, e.g. <c>calls.json</c>.</param>
/// <param name="Item">The item's id, or <c>#3</c> (zero-based index) when it has none; empty for the file itself.</param>
/// <param name="Field">The field; empty when the problem is the item or the file.</param>
/// <param name="Message">What is wrong, in English (staff and logs read it).</param>
public sealed record KnowledgeValidationError(string File, string Item, string Field, string Message)
{
    public override string ToString()
    {
        string where = File;
        if (Item.Length > 0)
        {
            where += $", item '{Item}'";
        }

        if (Field.Length > 0)
        {
            where += $", field '{Field}'";
        }

        return $"{where}: {Message}";
    }
}
