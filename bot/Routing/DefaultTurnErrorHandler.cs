using System.Globalization;
using System.Resources;
using ClustER.Bot.Protocol;

namespace ClustER.Bot.Routing;

/// <summary>
/// Tells the user, in the turn's reply language, that their request failed: a short apology with no
/// detail of the error. A feature may replace it by registering its own <see cref="ITurnErrorHandler"/>.
/// </summary>
internal sealed class DefaultTurnErrorHandler : ITurnErrorHandler
{
    private static readonly ResourceManager Messages = new(typeof(DefaultTurnErrorHandler));

    public async Task OnErrorAsync(TurnContext context, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string apology = Apology(context.ReplyLocale);
        if (context.Activity.Type == ActivityTypes.Invoke)
        {
            // A card action waits for its answer in the HTTP response: show the apology there.
            context.InvokeResponse = InvokeResponse.Error(500, "TurnFailed", apology);
            return;
        }

        if (context.Activity.ServiceUrl is null || context.Activity.Conversation?.Id is null)
        {
            return; // nowhere to answer
        }

        await context.SendTextAsync(apology, cancellationToken);
    }

    /// <summary>The apology in <paramref name="locale"/>, falling back to Italian (the neutral language).</summary>
    internal static string Apology(string? locale) =>
        Messages.GetString("Apology", CultureFor(locale)) ?? "Mi dispiace, qualcosa è andato storto.";

    private static CultureInfo CultureFor(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
