namespace ClustER.Bot.TeamsPackage;

/// <summary>A command Teams suggests in the compose box (at most 32 characters of title, 128 of description).</summary>
/// <param name="Title">What the member types, e.g. <c>help</c>.</param>
/// <param name="Description">What it does, in English (the manifest's default language).</param>
/// <param name="InGroups">Whether it is offered in team channels and group chats too, not only in personal chat.</param>
public sealed record TeamsCommand(string Title, string Description, bool InGroups);
