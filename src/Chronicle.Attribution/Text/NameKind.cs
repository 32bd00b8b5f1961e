namespace Chronicle.Attribution.Text;

internal enum NameKind
{
    Unknown,
    Person,
    Organisation,
    Place,
}
