// SPDX-License-Identifier: MIT
#pragma once
// Pools of invented names for synthetic datasets. Every organisation, person, association and
// outlet built from them is fictional; the word lists are French first and last names and
// invented syllables.
#include <array>
#include <string_view>

namespace ricochet::algorithms::names {

inline constexpr std::array<std::string_view, 48> female_first{
    "Claire", "Sophie", "Camille", "Julie", "Isabelle", "Nathalie", "Anne", "Marie", "Céline",
    "Aurélie", "Émilie", "Hélène", "Laure", "Valérie", "Sandrine", "Caroline", "Agnès", "Élodie",
    "Mathilde", "Pauline", "Inès", "Léa", "Manon", "Chloé", "Sarah", "Laetitia", "Delphine",
    "Florence", "Virginie", "Christine", "Béatrice", "Juliette", "Margaux", "Alice", "Lucie",
    "Charlotte", "Véronique", "Catherine", "Emmanuelle", "Audrey", "Stéphanie", "Nadia", "Yasmine",
    "Amélie", "Clémence", "Sylvie", "Patricia", "Mélanie"};
inline constexpr std::array<std::string_view, 48> male_first{
    "Thomas", "Nicolas", "Julien", "Pierre", "Antoine", "Laurent", "Olivier", "Philippe", "Marc",
    "François", "Sébastien", "Vincent", "Jérôme", "Stéphane", "Christophe", "Frédéric", "Hugo",
    "Mathieu", "Guillaume", "Arnaud", "Benoît", "Alexandre", "Damien", "Éric", "Bruno", "Cédric",
    "Karim", "Yann", "Romain", "Maxime", "Paul", "Louis", "Raphaël", "Samuel", "Xavier", "Gilles",
    "Patrick", "Didier", "Fabrice", "Emmanuel", "Thierry", "Lucas", "Adrien", "Mehdi", "Jean",
    "Denis", "Hervé", "Rémi"};
inline constexpr std::array<std::string_view, 96> last{
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert",
    "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin",
    "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier",
    "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen",
    "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël",
    "Meyer", "Lucas", "Meunier", "Jean", "Perez", "Marchand", "Dufour", "Blanchard", "Marie",
    "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Pierre",
    "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois",
    "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe"};

// Invented syllables for organisation names ("Veralis", "Cytora", ...).
inline constexpr std::array<std::string_view, 32> stem{
    "Ver", "Nov", "Alt", "Gen", "Cyt", "Imm", "Ther", "Orph", "Onc", "Neur", "Card", "Vax",
    "Lum", "Ser", "Tex", "Zen", "Mol", "Syn", "Kal", "Dor", "Hel", "Mir", "Obr", "Pel",
    "Quin", "Rav", "Sol", "Tal", "Ul", "Val", "Wel", "Xan"};
inline constexpr std::array<std::string_view, 16> ending{
    "alis", "axis", "ora", "ogen", "ena", "ium", "yx", "ia", "ane", "ix", "eo", "ova", "is",
    "ance", "ea", "ys"};

// Organisation name patterns per sector ("{}" is the invented stem): the sector's usual forms.
inline constexpr std::array<std::string_view, 5> labs_pattern{
    "Laboratoires {}", "{} Pharma", "{} Biotech", "{} Therapeutics", "{} Santé"};
inline constexpr std::array<std::string_view, 5> medtech_pattern{
    "{} Medical", "{} Devices", "{} Surgical", "{} Imaging", "{} Diagnostics"};
inline constexpr std::array<std::string_view, 5> ehealth_pattern{
    "{} Health", "{} Care", "{} Connect", "{} Digital Santé", "{} Médecine Connectée"};
inline constexpr std::array<std::string_view, 5> beauty_pattern{
    "{} Cosmétiques", "{} Dermo", "{} Beauté", "{} Naturals", "Laboratoires Dermatologiques {}"};

inline constexpr std::array<std::string_view, 20> condition{
    "Diabète", "Migraine", "Maladies Rares", "Psoriasis", "Insuffisance Cardiaque", "Hémophilie",
    "Sclérose en Plaques", "Cancer du Sein", "Épilepsie", "Asthme", "Mucoviscidose", "Parkinson",
    "Polyarthrite", "Lupus", "Myopathies", "Endométriose", "Obésité", "Dépression", "Alzheimer",
    "Drépanocytose"};
inline constexpr std::array<std::string_view, 10> profession{
    "Pharmaciens", "Cardiologues", "Oncologues", "Dermatologues", "Infirmiers", "Médecins Généralistes", "Biologistes", "Pédiatres", "Neurologues", "Chirurgiens"};
inline constexpr std::array<std::string_view, 16> outlet{
    "Le Fil Santé", "Pharmapost", "Biotech Matin", "Médi-Express", "La Lettre Vitalis",
    "Santé Connectée Mag", "Le Journal des Labos", "Innov'Santé", "Officine Actu",
    "MedTech Observateur", "Hôpital Demain", "Le Quotidien Biotech", "Santé Éco",
    "Digital Santé Revue", "Dermo & Beauté Info", "Recherche Clinique Hebdo"};
inline constexpr std::array<std::string_view, 8> institution{
    "Institut Valmont de Recherche", "Centre Hospitalier Orvane", "Agence Santé Numérique Alizé",
    "Fondation Keravel", "Institut Nerval du Cancer", "Centre Biotech Solenne",
    "Observatoire Verdal-Rochas", "Pôle Santé Corvel"};
inline constexpr std::array<std::string_view, 14> topic{
    "oncologie", "diabète", "maladies rares", "vaccins", "santé numérique",
    "dispositifs médicaux", "recherche clinique", "accès au marché", "rse", "innovation",
    "dermatologie", "cardiologie", "immunologie", "ia en santé"};

}  // namespace ricochet::algorithms::names
