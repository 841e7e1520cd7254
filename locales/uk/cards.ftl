### Що волонтери читають про звернення на чергуванні: картки, сповіщення, черга (мовою VOLUNTEER_LOCALE).

card-urgency-low = низька
card-urgency-medium = середня
card-urgency-high = висока
card-urgency-critical = критична
card-reasons = Причини: { $reasons }
card-facts = Мова: { $language } · Категорія: { $category } · Платформа: { $platform }
card-state-waiting = Чекає на волонтера вже { $minutes } хв
card-state-claimed = У роботі у волонтера { $name }
card-state-resolved = Вирішено волонтером { $name }
card-claim = Взяти
card-release = Відмовитися
card-resolve = Вирішено
card-page-channel = Звернення { $reference } досі чекає на волонтера ({ $minutes } хв). Хто може його взяти?
card-page-direct = Термінове звернення { $reference } (терміновість: { $urgency }) чекає на волонтера вже { $minutes } хв. Його картка — у чаті волонтерів.
card-not-volunteer = Це можуть робити лише зареєстровані волонтери. Попросіть у координатора запрошення, а потім надішліть /link зі своїм кодом.
card-no-case = Відкритого звернення { $reference } немає.
card-taken-by = Звернення { $reference } уже в роботі у волонтера { $name }.
card-already-resolved = Звернення { $reference } уже вирішено.
card-not-claimed = Звернення { $reference } ще ніхто не взяв.
card-not-yours = Звернення { $reference } у роботі у волонтера { $name }: це може зробити лише цей волонтер або координатор.
card-queue = Відкриті звернення, спершу найтерміновіші:
card-queue-empty = Зараз відкритих звернень немає.
card-queue-nobody = ще ніхто
card-forgotten = 🗑 { $reference }: людина попросила видалити всі свої дані. Справу та листування видалено; зв'язатися з нею більше неможливо.
card-indicators = Знайдено в повідомленнях людини: { $list }{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
