/// The text of a new, empty verbeterplan: every field of docs/FORMAT.md with a comment saying what
/// belongs there, one aandachtspunt with one actie to copy. Written by `verbeter nieuw`; it passes
/// `verbeter check` as it is, and prints, parses and prints the same.
public enum NewPlan {
    public static func text(gemeente: String, titel: String, vastgesteld: Day) -> String {
        let gemeente = ScalarWriter.render(gemeente)
        let titel = ScalarWriter.render(titel)
        return """
            # Verbeterplan \(gemeente); het formaat staat in docs/FORMAT.md, controleer met 'verbeter check'.
            gemeente: \(gemeente)
            titel: \(titel)
            rapport:                      # het rapport waarop dit plan antwoordt
              titel: "Titel van het rapport"
              door: Naam van de inspectie
              datum: \(vastgesteld.year)-\(vastgesteld.month < 10 ? "0" : "")\(vastgesteld.month)
            vastgesteld: \(vastgesteld.iso)
            opdrachtgever: afdelingsmanager
            termijnen:                    # eigen termijnen, te gebruiken als deadline
              korte termijn: \(vastgesteld.year)-Q4
              lange termijn: "\(vastgesteld.year + 1)"
            aandachtspunten:
              - id: A1
                titel: Eerste aandachtspunt
                bevinding: >
                  Wat de inspectie vond, zoals het in het rapport staat.
                acties:
                  - id: A1.1
                    doel: Wat de actie moet bereiken
                    actie: >
                      De actie of maatregel.
                    implementatie: Hoe en wanneer de actie wordt ingevoerd.
                    borging: Hoe de verbetering blijvend wordt.
                    eigenaar: teamleider
                    deadline: korte termijn
                    status: gepland
                    historie: |
                      \(vastgesteld.iso) gepland

            """
    }
}
