namespace ClustER.Bot.Routing;

/// <summary>Tells the user, in their language, that a turn failed. The error is logged before this runs.</summary>
public interface ITurnErrorHandler
{
    /// <summary>Answers the user after <paramref name="exception"/> ended their turn.</summary>
    Task OnErrorAsync(TurnContext context, Exception exception, CancellationToken cancellationToken);
}
