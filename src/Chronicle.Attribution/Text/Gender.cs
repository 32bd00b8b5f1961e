namespace Chronicle.Attribution.Text;

internal enum Gender
{
    Unknown,
    Male,
    Female,
}
