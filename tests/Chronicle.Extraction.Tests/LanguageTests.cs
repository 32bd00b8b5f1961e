using Chronicle.Extraction.Language;

namespace Chronicle.Extraction.Tests;

/// <summary>Language detection: the English pre-check and the Lingua pass behind it.</summary>
public sealed class LanguageTests
{
    private const string English =
        "The council approved the budget on Monday after a long debate, and the mayor said that the new plan would "
        + "cut waiting times at the city's clinics. Critics argued that the money should have gone to schools, but "
        + "the vote was not close. The plan takes effect in January, when the first of the new clinics opens in the "
        + "north of the city.";

    [Fact]
    public void Plain_English_prose_is_English()
    {
        Assert.Equal("en", LanguageGuesser.Detect(English));
    }

    [Theory]
    [InlineData("de", "Der Stadtrat hat am Montag nach einer langen Debatte den Haushalt beschlossen, und der Bürgermeister sagte, "
        + "dass der neue Plan die Wartezeiten in den Kliniken der Stadt verkürzen werde. Kritiker meinten, das Geld hätte "
        + "in die Schulen fließen sollen, aber die Abstimmung war nicht knapp.")]
    [InlineData("es", "El consejo aprobó el presupuesto el lunes después de un largo debate, y el alcalde dijo que el nuevo plan "
        + "reduciría los tiempos de espera en las clínicas de la ciudad. Los críticos sostuvieron que el dinero debería "
        + "haber ido a las escuelas, pero la votación no fue reñida.")]
    [InlineData("nl", "De gemeenteraad heeft maandag na een lang debat de begroting goedgekeurd, en de burgemeester zei dat het "
        + "nieuwe plan de wachttijden in de klinieken van de stad zal verkorten. Critici vonden dat het geld naar de scholen "
        + "had moeten gaan, maar de stemming was niet spannend.")]
    public void Other_languages_are_not_taken_for_English(string expected, string text)
    {
        Assert.Equal(expected, LanguageGuesser.Detect(text));
    }

    [Fact]
    public void A_sample_crowded_with_names_is_left_to_the_full_detector()
    {
        const string names = "Giacomo Montalto for Trapani, Nicola Petrina for Messina, Giuseppe De Felice Giuffrida for Catania, "
            + "Luigi Leone for Siracusa, Antonio Licata for Agrigento, Agostino Lo Piano Pomar for Caltanissetta, Rosario "
            + "Garibaldi Bosco, Nicola Barbato and Bernardino Verro were elected to the committee of the province.";
        Assert.False(LanguageGuesser.IsPlainlyEnglish(names));
        Assert.True(LanguageGuesser.IsPlainlyEnglish(English));
    }

    [Fact]
    public void One_accented_name_keeps_English_prose_English_but_accented_prose_goes_to_the_full_detector()
    {
        Assert.True(LanguageGuesser.IsPlainlyEnglish(English.Replace("the mayor", "the mayor, José,", StringComparison.Ordinal)));
        Assert.False(LanguageGuesser.IsPlainlyEnglish(English.Replace("the mayor", "the mayor, José Müller,", StringComparison.Ordinal)));
        Assert.Equal("en", LanguageGuesser.Detect(English.Replace("the mayor", "the mayor, José,", StringComparison.Ordinal)));
    }
}
