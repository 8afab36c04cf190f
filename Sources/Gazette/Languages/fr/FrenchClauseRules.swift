extension ClauseRules {
    /// French clause boundaries, participles and the passive.
    public static let french: ClauseRules = {
        var r = ClauseRules()
        r.clauseOpenersAfterComma = ["et", "mais", "puis", "car", "donc", "or", "qui", "dont", "où", "lequel", "laquelle",
                                     "lesquels", "lesquelles", "tandis", "alors", "c'", "c’", "sinon", "ainsi"]
        r.clauseOpeners = ["tandis", "lorsque", "lorsqu'", "lorsqu’", "quand", "puisque", "puisqu'", "puisqu’", "bien"]
        r.subordinators = ["qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "lorsque", "lorsqu'",
                           "lorsqu’", "quand", "puisque", "puisqu'", "puisqu’"]
        r.clauseMarks = [";", ":"]
        r.participleEnding = "ant"
        r.participleExceptions = [
            "avant", "pendant", "maintenant", "cependant", "durant", "suivant", "devant", "moyennant", "tant", "autant",
            "quant", "néant", "enfant", "géant", "dirigeant", "restaurant", "étudiant", "habitant", "volant", "instant",
            "montant", "important", "puissant", "constant", "croissant", "brillant", "vivant", "courant", "méchant",
            "suffisant", "élégant", "gagnant", "participant", "représentant", "commandant", "président", "intéressant",
            "marchand", "diamant", "amant", "savant", "pédant", "plaisant", "passant", "manquant", "récent",
            "précédent", "adjoint", "correspondant", "descendant", "militant", "manifestant", "assistant", "lieutenant",
            "sergent", "tenant", "aboutissant", "dominant", "fabricant", "occupant", "négociant", "surveillant",
            "trafiquant", "remplaçant", "débutant", "figurant", "soupirant", "consultant", "mutant",
        ]
        r.determiners = ["le", "la", "l'", "l’", "les", "un", "une", "des", "du", "de", "d'", "d’", "au", "aux", "ce", "cet",
                         "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes",
                         "notre", "nos", "votre", "vos", "très", "plus", "moins", "si", "aussi", "trop"]
        r.gerundMarker = "en"
        r.passiveAuxiliaries = ["été", "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut",
                                "furent", "soit", "soient", "être", "étant"]
        r.agentPreposition = "par"
        return r
    }()
}
