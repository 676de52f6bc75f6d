using System.Text.Json.Nodes;

namespace ClustER.Bot.Privacy;

/// <summary>
/// A feature that stores personal data declares it here, so that "my data" exports all of it and
/// "forget me" erases all of it (GDPR articles 15 and 17) without the privacy feature knowing every table.
/// Register implementations as scoped: <c>services.AddScoped&lt;IPersonalDataContributor, XyzPersonalData&gt;()</c>.
/// </summary>
internal interface IPersonalDataContributor
{
    /// <summary>The section of the export this contributor fills, in kebab case, e.g. <c>surveys</c>.</summary>
    string Section { get; }

    /// <summary>Everything this feature stores about <paramref name="personId"/>, or null when it stores nothing.</summary>
    Task<JsonNode?> ExportAsync(int personId, CancellationToken cancellationToken);

    /// <summary>
    /// Erases this feature's personal data about <paramref name="personId"/>. Records that must stay (a ledger
    /// that stops a second send) are kept with the person's identity removed. Idempotent: erasing twice is harmless.
    /// The caller saves nothing for the contributor: each contributor saves its own changes.
    /// </summary>
    Task EraseAsync(int personId, CancellationToken cancellationToken);
}
