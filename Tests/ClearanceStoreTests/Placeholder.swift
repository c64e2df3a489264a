// journal tests follow
