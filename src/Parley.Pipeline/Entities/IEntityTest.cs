namespace Parley.Pipeline.Entities;

/// <summary>
/// A test of an entity (by its index in the <see cref="EntityTable"/>) passed as a struct, so that a lookup asked once per
/// name or token allocates neither a closure nor a delegate.
/// </summary>
internal interface IEntityTest
{
    bool Accepts(int entity);
}
