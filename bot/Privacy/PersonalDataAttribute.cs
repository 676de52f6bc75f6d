namespace ClustER.Bot.Privacy;

/// <summary>
/// Names the entities an <see cref="IPersonalDataContributor"/> exports and erases. A test checks every entity of
/// the model with a person link against these declarations, so a new table with a <c>PersonId</c> cannot be
/// merged without a contributor taking responsibility for it.
/// </summary>
/// <param name="entityTypes">The entity types the contributor covers.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class PersonalDataAttribute(params Type[] entityTypes) : Attribute
{
    /// <summary>The entity types the contributor covers.</summary>
    public IReadOnlyList<Type> EntityTypes { get; } = entityTypes;
}
