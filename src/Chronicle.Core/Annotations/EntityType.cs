namespace Chronicle.Annotations;

public enum EntityType
{
    Person,
    Org,
    Loc,
    Misc,
}
