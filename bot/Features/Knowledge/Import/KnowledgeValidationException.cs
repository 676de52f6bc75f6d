namespace ClustER.Bot.Features.Knowledge.Import;

/// <summary>A knowledge folder (or a staff form) was rejected as a whole; nothing of it was applied.</summary>
public sealed class KnowledgeValidationException : Exception
{
    public KnowledgeValidationException(IReadOnlyList<KnowledgeValidationError> errors)
        : base(Describe(errors)) => Errors = errors;

    public KnowledgeValidationException()
        : this([])
    {
    }

    public KnowledgeValidationException(string message)
        : base(message) => Errors = [new KnowledgeValidationError(string.Empty, string.Empty, string.Empty, message)];

    public KnowledgeValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [new KnowledgeValidationError(string.Empty, string.Empty, string.Empty, message)];

    /// <summary>Every problem found (the first 50).</summary>
    public IReadOnlyList<KnowledgeValidationError> Errors { get; }

    private static string Describe(IReadOnlyList<KnowledgeValidationError> errors) =>
        errors.Count == 0
            ? "The knowledge was rejected."
            : $"The knowledge was rejected ({errors.Count} problem(s)): " + string.Join("; ", errors.Take(10));
}
