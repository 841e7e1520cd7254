### Что волонтёры читают об обращении на дежурстве: карточки, оповещения, очередь (на языке VOLUNTEER_LOCALE).

card-urgency-low = низкая
card-urgency-medium = средняя
card-urgency-high = высокая
card-urgency-critical = критическая
card-reasons = Причины: { $reasons }
card-facts = Язык: { $language } · Категория: { $category } · Платформа: { $platform }
card-state-waiting = Ждёт волонтёра уже { $minutes } мин
card-state-claimed = В работе у волонтёра { $name }
card-state-resolved = Решено волонтёром { $name }
card-claim = Взять
card-release = Отказаться
card-resolve = Решено
card-page-channel = Обращение { $reference } всё ещё ждёт волонтёра ({ $minutes } мин). Кто может его взять?
card-page-direct = Срочное обращение { $reference } (срочность: { $urgency }) ждёт волонтёра уже { $minutes } мин. Его карточка — в чате волонтёров.
card-not-volunteer = Это могут делать только зарегистрированные волонтёры. Попросите у координатора приглашение, а затем отправьте /link со своим кодом.
card-no-case = Открытого обращения { $reference } нет.
card-taken-by = Обращение { $reference } уже в работе у волонтёра { $name }.
card-already-resolved = Обращение { $reference } уже решено.
card-not-claimed = Обращение { $reference } ещё никто не взял.
card-not-yours = Обращение { $reference } в работе у волонтёра { $name }: это может сделать только этот волонтёр или координатор.
card-queue = Открытые обращения, сначала самые срочные:
card-queue-empty = Сейчас открытых обращений нет.
card-queue-nobody = пока никто
card-forgotten = 🗑 { $reference }: человек попросил удалить все свои данные. Дело и переписка удалены; связаться с ним больше нельзя.
card-indicators = Найдено в сообщениях человека: { $list }{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
