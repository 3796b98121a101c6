/// One clean draft resolution in each of French, Spanish, Russian and Arabic, written for the tests
/// in the forms of Rules/languages/<code>.yaml: header, sponsors, title, the formula, two preambular
/// paragraphs, an operative paragraph with two items, and the closing clause naming the next session.
/// The French one writes its " ;" with a no-break space, a narrow no-break space and a plain space;
/// the Arabic one numbers its paragraphs with Arabic-Indic digits ("١ - ").
enum MultilingualDrafts {
    static let fr = """
        Soixante-dix-neuvième session
        Première Commission
        Point 96 de l'ordre du jour
        Progrès de l'informatique et des télécommunications et sécurité internationale

        Allemagne, France et Japon\u{00A0}: projet de résolution

        Comportement responsable des États

        L'Assemblée générale,

        Rappelant sa résolution 73/27 du 5 décembre 2018,

        Notant avec préoccupation les rapports du Secrétaire général,

        1. Engage les États Membres\u{00A0}:

        a) À appuyer le processus\u{00A0};

        b) À faire rapport sur leurs efforts\u{202F};

        2. Prie le Secrétaire général de lui présenter un rapport à sa quatre-vingtième session ;

        3. Décide d'inscrire à l'ordre du jour provisoire de sa quatre-vingtième session la question intitulée «\u{00A0}Progrès de l'informatique et des télécommunications et sécurité internationale\u{00A0}».

        """

    static let es = """
        Septuagésimo noveno período de sesiones
        Primera Comisión
        Tema 96 del programa
        Avances en la esfera de la información y las telecomunicaciones en el contexto de la seguridad internacional

        Alemania, Francia y Japón: proyecto de resolución

        Comportamiento responsable de los Estados

        La Asamblea General,

        Recordando su resolución 73/27, de 5 de diciembre de 2018,

        Observando con preocupación los informes del Secretario General,

        1. Exhorta a los Estados Miembros:

        a) A que apoyen el proceso;

        b) A que informen sobre sus esfuerzos;

        2. Solicita al Secretario General que le presente un informe en su octogésimo período de sesiones;

        3. Decide incluir en el programa provisional de su octogésimo período de sesiones el tema titulado “Avances en la esfera de la información y las telecomunicaciones en el contexto de la seguridad internacional”.

        """

    static let ru = """
        Семьдесят девятая сессия
        Первый комитет
        Пункт 96 повестки дня
        Достижения в сфере информатизации и телекоммуникаций в контексте международной безопасности

        Германия, Франция и Япония: проект резолюции

        Ответственное поведение государств

        Генеральная Ассамблея,

        ссылаясь на свою резолюцию 73/27 от 5 декабря 2018 года,

        с озабоченностью отмечая доклады Генерального секретаря,

        1. призывает государства-члены:

        a) поддерживать этот процесс;

        b) сообщать о своих усилиях;

        2. просит Генерального секретаря представить ей доклад на ее восьмидесятой сессии;

        3. постановляет включить в предварительную повестку дня своей восьмидесятой сессии пункт, озаглавленный «Достижения в сфере информатизации и телекоммуникаций в контексте международной безопасности».

        """

    static let ar = """
        الدورة التاسعة والسبعون
        اللجنة الأولى
        البند 96 من جدول الأعمال
        التطورات في ميدان المعلومات والاتصالات السلكية واللاسلكية في سياق الأمن الدولي

        ألمانيا، فرنسا واليابان: مشروع قرار

        سلوك الدول المسؤول

        إن الجمعية العامة،

        إذ تشير إلى قرارها 73/27 المؤرخ 5 كانون الأول/ديسمبر 2018،

        وإذ تلاحظ مع القلق تقارير الأمين العام،

        ١ - تهيب بالدول الأعضاء:

        (أ) أن تدعم هذه العملية؛

        (ب) أن تقدم تقارير عن جهودها؛

        ٢ - تطلب إلى الأمين العام أن يقدم إليها تقريرا في دورتها الثمانين؛

        ٣ - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الثمانين البند المعنون “التطورات في ميدان المعلومات والاتصالات السلكية واللاسلكية في سياق الأمن الدولي”.

        """

    static let all: [String: String] = ["fr": fr, "es": es, "ru": ru, "ar": ar]
}
