using ClustER.Bot.Features.Newsletter;
using ClustER.Cards;

namespace ClustER.Tests.EndToEnd;

/// <summary>The newsletter's approval flow in Microsoft's Teams client: the Playground user is demo staff.</summary>
[Collection(PlaygroundSuite.Name)]
public sealed class PlaygroundNewsletterTests(PlaygroundFixture playground)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [EndToEndFact]
    public async Task SendNewsletterNow_PreviewApproved_NewsletterArrives()
    {
        await using PlaygroundConversation chat = await playground.OpenConversationAsync();
        // The reply language follows the member's stored choice when a short command is not clearly one language,
        // and earlier tests of the suite may have changed it: either language is right here.
        PlaygroundTurn subscribed = await chat.SendAsync("subscribe newsletter");
        Assert.Contains(subscribed.Texts, InEitherLanguage("Consent.Newsletter.On", "Consent.Newsletter.AlreadyOn").Contains);

        PlaygroundTurn asked = await chat.SendAsync("send newsletter now");
        Assert.Contains(asked.Texts, InEitherLanguage("SendNow.Ack").Contains);
        PlaygroundMessage preview = await WaitForCardAsync(chat, m => m.Buttons.Any(b => b.Verb == CardVerbs.NewsletterApprove));

        string approve = preview.Buttons.Single(b => b.Verb == CardVerbs.NewsletterApprove).Title;
        PlaygroundTurn approved = await chat.PressAsync(preview, approve);
        Assert.Equal(200, approved.Bot.Status);
        Assert.Equal(CardVerbs.NewsletterApprove, approved.Bot.Value?["verb"]?.GetValue<string>());

        PlaygroundMessage issue = await WaitForCardAsync(chat, m => m.Buttons.Any(b => b.Verb == CardVerbs.NewsletterUnsubscribe)
            && m.Buttons.All(b => b.Verb != CardVerbs.NewsletterApprove));
        Assert.Contains(issue.Buttons, b => b.Verb == CardVerbs.NewsletterUnsubscribe);
    }

    private static string[] InEitherLanguage(params string[] keys) =>
        [.. keys.SelectMany(k => new[] { NewsletterTexts.Texts.Get(k, "it"), NewsletterTexts.Texts.Get(k, "en") })];

    /// <summary>
    /// The card matching <paramref name="match"/>, whether it came with a turn (a job can finish before the turn's
    /// socket settles) or later: the whole transcript is searched until the deadline.
    /// </summary>
    private static async Task<PlaygroundMessage> WaitForCardAsync(PlaygroundConversation chat, Func<PlaygroundMessage, bool> match)
    {
        DateTime deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            if (chat.Transcript.LastOrDefault(m => m.Card is not null && match(m)) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected card did not arrive; transcript: "
                    + string.Join(" | ", chat.Transcript.Select(m => m.Text ?? (m.CardTexts.Count > 0 ? m.CardTexts[0] : null))));
            }

            await Task.Delay(200);
        }
    }
}
